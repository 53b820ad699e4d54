import type { DraftView, PartiesDraft, PostalAddress } from '@entente/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { draftApi } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { useAnnounce } from '../../components/Announcer';
import {
  CheckboxField,
  controlAria,
  FieldFrame,
  fieldId,
  TextField,
} from '../../components/fields';
import { FormShell } from '../../components/FormShell';
import { useDraftT } from '../../i18n/draft';
import { useFormFeedback } from '../../lib/use-form-feedback';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useLocalizedForm } from '../../lib/use-localized-form';
import { RepresentativeSection } from '../case/representatives/RepresentativeSection';
import { renameApiFields } from './api-fields';
import { SavedNotice } from './NextStepLink';

interface PartiesValues {
  consumerPhone: string;
  consumerAddress: string;
  confirmed: boolean;
}

const partiesFormSchema = z.object({
  consumerPhone: z
    .string()
    .max(30, { error: 'tooLong' })
    .regex(/^[+()\d\s.-]*$/, { error: 'phone' }),
  consumerAddress: z.string().max(500, { error: 'tooLong' }),
  confirmed: z.boolean(),
});

/** A profile address on lines, as the consumer would write it. */
export function addressText(address: PostalAddress | null | undefined): string {
  if (!address) return '';
  const cityLine = [address.city, address.region, address.postalCode].filter(Boolean).join(' ');
  return [address.line1, address.line2, cityLine, address.country].filter(Boolean).join('\n');
}

const opt = (value: string) => (value.trim() === '' ? undefined : value.trim());

interface Props {
  draft: DraftView;
  consumerName: string;
}

/**
 * QC-4 "Parties": the consumer confirms their phone and address; the merchant is named; the
 * consumer may name a representative here (REP-1, seed 001 2.4).
 */
export function PartiesStep({ draft, consumerName }: Props) {
  const t = useDraftT();
  const me = useMe();
  const client = useQueryClient();
  const announce = useAnnounce();
  const feedback = useFormFeedback();
  const [saved, setSaved] = useState(false);
  const savedOnce = draft.savedSteps.includes('parties');
  const fromProfile = !savedOnce && me !== null && (me.phone !== null || me.address !== null);
  const form = useLocalizedForm<PartiesValues>(partiesFormSchema, {
    consumerPhone: draft.parties.consumerPhone ?? (savedOnce ? '' : (me?.phone ?? '')),
    consumerAddress: draft.parties.consumerAddress ?? (savedOnce ? '' : addressText(me?.address)),
    confirmed: draft.parties.confirmed === true,
  });
  const { errors, isSubmitting } = form.formState;
  const labels: Record<keyof PartiesValues, string> = {
    consumerPhone: t('parties.consumerPhone'),
    consumerAddress: t('parties.consumerAddress'),
    confirmed: t('parties.confirmed'),
  };

  const submit = useFormSubmit(
    form,
    feedback,
    { labels, onError: () => setSaved(false) },
    async (values) => {
      setSaved(false);
      const body: PartiesDraft = { confirmed: values.confirmed };
      const phone = opt(values.consumerPhone);
      const address = opt(values.consumerAddress);
      if (phone) body.consumerPhone = phone;
      if (address) body.consumerAddress = address;
      try {
        await draftApi.saveParties(draft.caseId, body);
      } catch (error) {
        throw renameApiFields(error, (key) => key.replace(/^parties\./, ''));
      }
      await client.invalidateQueries({ queryKey: queryKeys.caseDraft(draft.caseId) });
      setSaved(true);
      announce(t('draft.saved'));
    },
  );

  const addressId = fieldId('consumerAddress');
  const addressField = {
    label: labels.consumerAddress,
    error: errors.consumerAddress?.message,
  };
  return (
    <>
      <p>{t('parties.intro')}</p>
      <dl className="facts facts--inline">
        <dt>{t('parties.consumer')}</dt>
        <dd>{consumerName}</dd>
        <dt>{t('parties.merchant')}</dt>
        <dd>
          {draft.businessName !== null && <strong>{draft.businessName}</strong>}
          <span className="facts__note">{t('parties.merchantHint')}</span>
        </dd>
      </dl>
      <FormShell
        feedback={feedback}
        errors={errors}
        labels={labels}
        onSubmit={submit}
        submitLabel={t('draft.save')}
        busy={isSubmitting}
        status={saved && <SavedNotice caseId={draft.caseId} next="description" />}
      >
        {fromProfile && <p className="field__hint">{t('parties.fromProfile')}</p>}
        <TextField
          type="tel"
          autoComplete="tel"
          label={labels.consumerPhone}
          registration={form.register('consumerPhone')}
          error={errors.consumerPhone?.message}
          className="field--short"
        />
        <FieldFrame id={addressId} {...addressField}>
          <textarea
            id={addressId}
            className="input textarea"
            rows={4}
            autoComplete="street-address"
            {...controlAria(addressId, addressField)}
            {...form.register('consumerAddress')}
          />
        </FieldFrame>
        <CheckboxField
          label={labels.confirmed}
          registration={form.register('confirmed')}
          error={errors.confirmed?.message}
          required
        />
      </FormShell>
      <RepresentativeSection caseId={draft.caseId} level={4} />
    </>
  );
}
