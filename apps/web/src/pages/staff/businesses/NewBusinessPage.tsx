import {
  businessCreateBody,
  type BusinessCreateBody,
  type PostalAddress,
} from '@entente/contracts';
import { z } from 'zod';
import { useNavigate, Link } from 'react-router';
import { businessesApi } from '../../../api/business-endpoints';
import { useMe } from '../../../api/queries';
import { useAnnounce } from '../../../components/Announcer';
import { AddressFieldset, addressLabels } from '../../../components/AddressFieldset';
import { FormShell } from '../../../components/FormShell';
import { Page } from '../../../components/Page';
import { SelectField, TextField } from '../../../components/fields';
import { useBusinessT } from '../../../i18n/business';
import { useT } from '../../../i18n/hooks';
import { isStaff } from '../../../lib/roles';
import { useFormFeedback } from '../../../lib/use-form-feedback';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useLocalizedForm } from '../../../lib/use-localized-form';
import NotFoundPage from '../../NotFoundPage';

type Values = {
  programme: 'qc' | 'fr';
  legalName: string;
  registrationNumber: string;
  sector: string;
  participationDate: string;
  address: PostalAddress;
};

/** The API's schema, fed the form's one address (the head office) as the address list. */
const schema = z.preprocess((value) => {
  const { address, ...fields } = value as Values;
  return { ...fields, addresses: [address] };
}, businessCreateBody);

/** ORG-1: staff register a business from its participation form. */
export default function NewBusinessPage() {
  return isStaff(useMe()) ? <NewBusinessForm /> : <NotFoundPage />;
}

function NewBusinessForm() {
  const t = useBusinessT();
  const baseT = useT();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const form = useLocalizedForm<Values>(schema, {
    programme: 'qc',
    legalName: '',
    registrationNumber: '',
    sector: '',
    participationDate: '',
    address: {},
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const labels = {
    programme: t('business.programme'),
    legalName: t('business.legalName'),
    registrationNumber: t('business.registrationNumber'),
    sector: t('business.sector'),
    participationDate: t('business.participationDate'),
    ...addressLabels(baseT),
  };
  const submit = useFormSubmit(form, feedback, { labels }, async (values) => {
    // The resolver hands over the schema's output: the body the API expects.
    const business = await businessesApi.create(values as unknown as BusinessCreateBody);
    announce(t('business.created', { name: business.legalName }));
    await navigate(`/staff/businesses/${business.id}`);
  });
  return (
    <Page title={t('businesses.new')} width="wide">
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('business.create')}
        busy={isSubmitting}
        actions={
          <Link to="/staff/businesses" className="button button--secondary">
            {t('business.cancel')}
          </Link>
        }
      >
        <SelectField
          label={labels.programme}
          registration={register('programme')}
          error={errors.programme?.message}
          required
          options={[
            { value: 'qc', label: t('business.programme.qc') },
            { value: 'fr', label: t('business.programme.fr') },
          ]}
        />
        <TextField
          label={labels.legalName}
          registration={register('legalName')}
          error={errors.legalName?.message}
          autoComplete="off"
          required
        />
        <TextField
          label={labels.registrationNumber}
          registration={register('registrationNumber')}
          error={errors.registrationNumber?.message}
          hint={t('business.registrationHint')}
          inputMode="numeric"
          autoComplete="off"
          required
        />
        <TextField
          label={labels.sector}
          registration={register('sector')}
          error={errors.sector?.message}
          autoComplete="off"
          required
        />
        <TextField
          label={labels.participationDate}
          registration={register('participationDate')}
          error={errors.participationDate?.message}
          hint={t('business.participationHint')}
          type="date"
          required
        />
        <AddressFieldset register={(key) => register(`address.${key}`)} errors={errors.address} />
      </FormShell>
    </Page>
  );
}
