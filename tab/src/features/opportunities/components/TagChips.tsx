import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { tagColour, type TagColour } from './tag-colour';

const pair = (background: string, foreground: string, border: string) => ({
  backgroundColor: background,
  color: foreground,
  border: `1px solid ${border}`,
});

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  oneLine: { flexWrap: 'nowrap', overflow: 'hidden', minWidth: 0, flexShrink: 1 },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: '2px',
    borderRadius: tokens.borderRadiusCircular,
    paddingInline: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    minHeight: '20px',
    whiteSpace: 'nowrap',
  },
  berry: pair(
    tokens.colorPaletteBerryBackground2,
    tokens.colorPaletteBerryForeground2,
    tokens.colorPaletteBerryBorderActive,
  ),
  teal: pair(
    tokens.colorPaletteTealBackground2,
    tokens.colorPaletteTealForeground2,
    tokens.colorPaletteTealBorderActive,
  ),
  marigold: pair(
    tokens.colorPaletteMarigoldBackground2,
    tokens.colorPaletteMarigoldForeground2,
    tokens.colorPaletteMarigoldBorderActive,
  ),
  lavender: pair(
    tokens.colorPaletteLavenderBackground2,
    tokens.colorPaletteLavenderForeground2,
    tokens.colorPaletteLavenderBorderActive,
  ),
  cornflower: pair(
    tokens.colorPaletteCornflowerBackground2,
    tokens.colorPaletteCornflowerForeground2,
    tokens.colorPaletteCornflowerBorderActive,
  ),
  lightGreen: pair(
    tokens.colorPaletteLightGreenBackground2,
    tokens.colorPaletteLightGreenForeground2,
    tokens.colorPaletteLightGreenBorderActive,
  ),
  peach: pair(
    tokens.colorPalettePeachBackground2,
    tokens.colorPalettePeachForeground2,
    tokens.colorPalettePeachBorderActive,
  ),
  steel: pair(
    tokens.colorPaletteSteelBackground2,
    tokens.colorPaletteSteelForeground2,
    tokens.colorPaletteSteelBorderActive,
  ),
});

/**
 * A deal's tags as coloured chips; `action` adds a control to each (e.g. remove). `oneLine`
 * keeps them on one line, cut at the edge (a board card).
 */
export function TagChips({
  tags,
  action,
  oneLine = false,
}: {
  tags: readonly string[];
  action?: (tag: string) => ReactNode;
  oneLine?: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  if (tags.length === 0) return null;
  return (
    <ul
      className={mergeClasses(styles.list, oneLine && styles.oneLine)}
      aria-label={t('common.tags')}
    >
      {tags.map((tag) => {
        const colour: TagColour = tagColour(tag);
        return (
          <li
            key={tag}
            className={mergeClasses(styles.chip, styles[colour])}
            data-tag-colour={colour}
          >
            {tag}
            {action?.(tag)}
          </li>
        );
      })}
    </ul>
  );
}
