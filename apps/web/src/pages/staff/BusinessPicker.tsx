import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { businessesApi } from '../../api/business-endpoints';
import { FieldError, fieldId } from '../../components/fields';
import { useBusinessT } from '../../i18n/business';

/**
 * QC-1, ORG-1: choose the business from the registry (participating qc businesses only), by
 * name or registration number. An accessible combobox (react-aria): typing filters on the
 * server, arrows move, Enter chooses; the error is tied to the input like other fields.
 */
export function BusinessPicker(props: {
  value: string;
  onChange: (id: string, name: string) => void;
  error: string | undefined;
}) {
  const t = useBusinessT();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const [chosenName, setChosenName] = useState('');
  const found = useQuery({
    queryKey: ['staff', 'businesses', 'picker', q],
    queryFn: () => businessesApi.list({ programme: 'qc', q, participating: 'true' }),
    // The list stays while the next one loads, so the chosen item stays in the collection.
    placeholderData: keepPreviousData,
  });
  const id = fieldId('businessId');
  const items = found.data?.items ?? [];
  return (
    <ComboBox
      className={props.error ? 'field field--invalid' : 'field'}
      items={items}
      inputValue={text}
      onInputChange={(value) => {
        setText(value);
        // Typing something else than the chosen business un-chooses it.
        if (props.value && value !== chosenName) props.onChange('', '');
      }}
      selectedKey={props.value || null}
      onSelectionChange={(key) => {
        const chosen = items.find((item) => item.id === key);
        if (!chosen) return;
        setChosenName(chosen.legalName);
        setText(chosen.legalName);
        props.onChange(chosen.id, chosen.legalName);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
      isRequired
      isInvalid={props.error !== undefined}
    >
      <div className="field__label">
        <span className="required-mark" aria-hidden="true">
          *
        </span>
        <Label>{t('picker.label')}</Label>
      </div>
      <Text slot="description" className="field__hint">
        {t('picker.hint')}
      </Text>
      <FieldError id={id} message={props.error} />
      <div className="combobox">
        <Input
          id={id}
          className="input"
          aria-describedby={props.error ? `${id}-error` : undefined}
        />
        <Button className="button button--secondary combobox__button" aria-label={t('picker.show')}>
          ▾
        </Button>
      </div>
      <Popover className="combobox__popover">
        <ListBox className="combobox__list" renderEmptyState={() => t('picker.none')}>
          {(item: (typeof items)[number]) => (
            <ListBoxItem id={item.id} textValue={item.legalName} className="combobox__option">
              {item.legalName} <span className="muted">({item.registrationNumber})</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
