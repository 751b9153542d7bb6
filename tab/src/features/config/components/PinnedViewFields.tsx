import { Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import type { Pipeline } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { RecordPicker } from '../../records/components/RecordPicker';
import type { PickedRecord } from '../../records/api/picker-api';
import { searchPinnableRecords } from '../api/config-api';

const KINDS = ['space', 'pipeline', 'record'] as const;
export type PinnedKind = (typeof KINDS)[number];

/**
 * What the channel tab shows of its space: all of it, one pipeline's board, or one record.
 * Without an existing space (one about to be created) only the whole space can be pinned.
 */
export function PinnedViewFields({
  spaceId,
  kind,
  onKind,
  pipelines,
  pipeline,
  onPipeline,
  record,
  onRecord,
}: {
  spaceId: string | undefined;
  kind: PinnedKind;
  onKind: (kind: PinnedKind) => void;
  pipelines: readonly Pipeline[] | undefined;
  pipeline: Pipeline | undefined;
  onPipeline: (id: string) => void;
  record: PickedRecord | undefined;
  onRecord: (record: PickedRecord | undefined) => void;
}) {
  const { t } = useI18n();
  const search = async (text: string, signal: AbortSignal) =>
    spaceId
      ? (await searchPinnableRecords(spaceId, text, signal)).map((r) => ({
          id: r.id,
          label: t('config.recordOption', { name: r.label, type: t(`config.type.${r.type}`) }),
        }))
      : [];
  return (
    <>
      <Field label={t('config.show')}>
        <RadioGroup
          value={kind}
          onChange={(_, d) => onKind(KINDS.find((k) => k === d.value) ?? 'space')}
        >
          <Radio value="space" label={t('config.show.space')} />
          <Radio value="pipeline" label={t('config.show.pipeline')} disabled={!spaceId} />
          <Radio value="record" label={t('config.show.record')} disabled={!spaceId} />
        </RadioGroup>
      </Field>
      {kind === 'pipeline' && spaceId && (
        <Field label={t('config.pipeline')} required>
          <Select value={pipeline?.id ?? ''} onChange={(_, d) => onPipeline(d.value)}>
            {(pipelines ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {kind === 'record' && spaceId && (
        <RecordPicker
          label={t('config.record')}
          hint={t('config.recordHint')}
          queryKey={['config', 'pinnable', spaceId]}
          search={search}
          value={record}
          onChange={onRecord}
        />
      )}
    </>
  );
}
