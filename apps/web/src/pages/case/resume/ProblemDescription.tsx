import type { ProblemDescriptionDraft } from '@entente/contracts';
import { Fragment, type ReactNode } from 'react';
import { useDraftT } from '../../../i18n/draft';
import { useLanguage } from '../../../i18n/hooks';
import { formatMoneyInput } from '../../../lib/money';

/** QC-5's fields as the consumer wrote them, every one of them (the wizard's own labels). */
export function ProblemDescription({ description }: { description: ProblemDescriptionDraft }) {
  const t = useDraftT();
  const { locale } = useLanguage();
  const d = description;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : t(value ? 'draft.yes' : 'draft.no');
  const date = (value: string | undefined) =>
    value
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${value}T12:00:00Z`),
        )
      : undefined;
  const natures = (d.problemNatures ?? []).map((n) => t(`desc.nature.${n}`)).join(', ');
  const rows: Array<readonly [string, ReactNode]> = [
    [t('desc.goodOrService'), d.goodOrService],
    [t('desc.brand'), d.brand],
    [t('desc.model'), d.model],
    [t('desc.serialNumber'), d.serialNumber],
    [t('desc.accountNumber'), d.accountNumber],
    [
      t('desc.invoiceAmount'),
      d.invoiceAmountMinor === undefined
        ? undefined
        : formatMoneyInput(d.invoiceAmountMinor, locale),
    ],
    [t('desc.paidInFull'), yesNo(d.paidInFull)],
    [t('desc.invoiceDate'), date(d.invoiceDate)],
    [
      t('desc.contractPlace'),
      d.contractPlace ? t(`desc.contractPlace.${d.contractPlace}`) : undefined,
    ],
    [t('desc.contractPlaceDetails'), d.contractPlaceDetails],
    [t('desc.promisedDate'), date(d.promisedDate)],
    [t('desc.merchantPhone'), d.merchantPhone],
    [t('desc.merchantAddress'), d.merchantAddress],
    [t('desc.priorSteps'), yesNo(d.priorSteps)],
    [t('desc.priorStepsDetails'), d.priorStepsDetails],
    [t('desc.problemNatures'), natures || undefined],
    [t('desc.problemNatureDetails'), d.problemNatureDetails],
    [t('desc.additionalInformation'), d.additionalInformation],
  ];
  return (
    <dl className="facts">
      {rows
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd className="pre-line">{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
