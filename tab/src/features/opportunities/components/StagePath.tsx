import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import type { Stage } from '@channel-crm/domain';
import { useI18n } from '../../../shell/i18n/I18nProvider';

const useStyles = makeStyles({
  path: {
    display: 'flex',
    listStyle: 'none',
    margin: 0,
    padding: 0,
    gap: '2px',
    overflowX: 'auto',
  },
  step: {
    flex: '1 1 0',
    minWidth: '96px',
    border: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '4px',
    width: '100%',
    clipPath: 'polygon(0 0, calc(100% - 8px) 0, 100% 50%, calc(100% - 8px) 100%, 0 100%, 8px 50%)',
    ':hover': { backgroundColor: tokens.colorNeutralBackground4Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    ':disabled': { cursor: 'default' },
  },
  done: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
  },
});

/** The pipeline's stages as clickable steps; the current one is marked. */
export function StagePath({
  stages,
  currentId,
  disabled,
  onPick,
}: {
  stages: Stage[];
  currentId: string;
  disabled: boolean;
  onPick: (stage: Stage) => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const currentIndex = stages.findIndex((s) => s.id === currentId);
  return (
    <ol className={styles.path} aria-label={t('record.stagePath')}>
      {stages.map((stage, index) => (
        <li key={stage.id} style={{ flex: '1 1 0', display: 'flex' }}>
          <button
            type="button"
            className={mergeClasses(
              styles.step,
              index < currentIndex && styles.done,
              index === currentIndex && styles.current,
            )}
            aria-current={index === currentIndex ? 'step' : undefined}
            disabled={disabled || index === currentIndex}
            onClick={() => onPick(stage)}
          >
            {index < currentIndex && <CheckmarkRegular aria-hidden />}
            {stage.name}
          </button>
        </li>
      ))}
    </ol>
  );
}
