import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { DealListItem, Stage } from '@channel-crm/domain';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import type { StageFigures } from '@channel-crm/domain';
import { DealCard } from './DealCard';
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

export function BoardColumnView({
  stage,
  stages,
  figures,
  deals,
  hasMore,
  onNearEnd,
  currency,
  pendingIds,
  ownerName,
  onMove,
  onDropDeal,
}: {
  stage: Stage;
  stages: Stage[];
  figures?: StageFigures;
  deals: DealListItem[];
  hasMore: boolean;
  onNearEnd: () => void;
  currency: string;
  pendingIds: Set<string>;
  ownerName: (id: string) => string | undefined;
  onMove: (deal: DealListItem, to: Stage) => void;
  onDropDeal: (dealId: string, to: Stage) => void;
}) {
  const styles = useStyles();
  const { t, money } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState(false);
  const virtual = useVirtualizer({
    count: deals.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_HEIGHT + GAP,
    overscan: 6,
    getItemKey: (index) => deals[index]?.id ?? index,
  });
  const items = virtual.getVirtualItems();
  const last = items[items.length - 1];
  useEffect(() => {
    if (hasMore && last && last.index >= deals.length - 10) onNearEnd();
  }, [hasMore, last, deals.length, onNearEnd]);

  const count = figures?.count ?? deals.length;
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
        if (id) onDropDeal(id, stage);
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
            const deal = deals[item.index]!;
            return (
              <div
                key={item.key}
                role="listitem"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <DealCard
                  deal={deal}
                  stages={stages}
                  ownerName={ownerName(deal.ownerId)}
                  pending={pendingIds.has(deal.id)}
                  onMove={(to) => onMove(deal, to)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
