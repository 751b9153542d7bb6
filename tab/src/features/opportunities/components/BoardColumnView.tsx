import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { BoardColumn, OpportunityListItem, Stage } from '@channel-crm/domain';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { OpportunityCard } from './OpportunityCard';
import { formatSums } from './format';

const CARD_HEIGHT = 96;
const GAP = 8;

const useStyles = makeStyles({
  column: {
    display: 'flex',
    flexDirection: 'column',
    width: '272px',
    minWidth: '240px',
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThick} solid transparent`,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}` },
  header: { padding: tokens.spacingHorizontalM, display: 'grid', gap: '2px' },
  title: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  figures: { color: tokens.colorNeutralForeground2 },
  scroller: {
    overflowY: 'auto',
    flexGrow: 1,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    height: 'calc(100vh - 230px)',
    minHeight: '240px',
  },
});

/**
 * One stage: its figures from the stage summary, and its loaded cards in a virtual list (only
 * the visible cards are in the DOM, however many pages are loaded). Memoised: a move or a page
 * renders only the columns whose data changed, so every prop must keep its identity.
 */
export const BoardColumnView = memo(function BoardColumnView({
  column,
  stages,
  visible,
  currency,
  pendingIds,
  ownerName,
  onMove,
  onDropOpportunity,
  onNearEnd,
}: {
  column: BoardColumn;
  stages: Stage[];
  visible: (opportunity: OpportunityListItem) => boolean;
  currency: string;
  pendingIds: ReadonlySet<string>;
  ownerName: (id: string) => string | undefined;
  onMove: (opportunity: OpportunityListItem, to: Stage) => void;
  onDropOpportunity: (opportunityId: string, to: Stage) => void;
  onNearEnd: (stageId: string) => void;
}) {
  const { stage, figures } = column;
  const hasMore = column.continuation !== undefined;
  const opportunities = useMemo(
    () => column.opportunities.filter(visible),
    [column.opportunities, visible],
  );
  const styles = useStyles();
  const { t, money } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const virtual = useVirtualizer({
    count: opportunities.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 6,
    getItemKey: (index) => opportunities[index]?.id ?? index,
  });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (hasMore && last && last.index >= opportunities.length - 10) onNearEnd(stage.id);
  }, [hasMore, last, opportunities.length, onNearEnd, stage.id]);

  const count = figures?.count ?? opportunities.length;
  // Screen readers hear "card 60 of 3,400": the whole stage, not the pages loaded so far.
  const setSize =
    figures && opportunities.length === column.opportunities.length
      ? figures.count
      : hasMore
        ? -1
        : opportunities.length;
  const sum = figures ? formatSums(figures.amounts, money, currency) : '';
  const weighted = figures ? formatSums(figures.weightedAmounts, money, currency) : '';
  const label = t('opportunities.column', { name: stage.name, count, sum, weighted });

  return (
    <section
      className={mergeClasses(styles.column, over && styles.over)}
      aria-label={label}
      data-stage-id={stage.id}
      data-stage-name={stage.name}
      data-stage-kind={stage.kind}
      data-has-more={hasMore || undefined}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData('text/plain');
        if (id) onDropOpportunity(id, stage);
      }}
    >
      <header className={styles.header}>
        <div className={styles.title}>
          <Text weight="semibold" as="h2" size={300}>
            {stage.name}
          </Text>
          <Text size={200} className={styles.figures} data-figure="count">
            {t('opportunities.count', { count })}
          </Text>
        </div>
        {figures && (
          <>
            <Text weight="semibold" data-figure="sum">
              {sum}
            </Text>
            <Text size={200} className={styles.figures} data-figure="weighted">
              {t('opportunities.weighted', { amount: weighted })}
            </Text>
          </>
        )}
      </header>
      <div ref={scroller} className={styles.scroller} role="list" aria-label={stage.name}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const opportunity = opportunities[item.index]!;
            return (
              <div
                key={item.key}
                role="listitem"
                aria-posinset={item.index + 1}
                aria-setsize={setSize}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <OpportunityCard
                  opportunity={opportunity}
                  stages={stages}
                  ownerName={ownerName(opportunity.ownerId)}
                  pending={pendingIds.has(opportunity.id)}
                  onMove={onMove}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
});
