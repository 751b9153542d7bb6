import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components';
import {
  ArrowForwardRegular,
  CopyRegular,
  DeleteRegular,
  MoreHorizontalRegular,
} from '@fluentui/react-icons';
import type { Opportunity } from '@channel-crm/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { accountNames, accountNamesKey } from '../api/opportunities-api';
import { CopyDealDialog } from './CopyDealDialog';
import { DeleteDealDialog } from './DeleteDealDialog';
import { MoveDealDialog } from './MoveDealDialog';

type Asking = 'copy' | 'move' | 'delete';

/** Copy, move to another space and delete for good, each confirmed in a dialog. */
export function DealActions({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<Asking>();
  const names = useQuery({
    queryKey: accountNamesKey(opportunity.accountIds),
    queryFn: ({ signal }) => accountNames(opportunity.accountIds, signal),
    enabled: asking === 'delete',
  });
  const close = () => setAsking(undefined);
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={t('opportunities.more')} relationship="label">
            <Button icon={<MoreHorizontalRegular />} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<CopyRegular />} onClick={() => setAsking('copy')}>
              {t('opportunities.copy')}
            </MenuItem>
            <MenuItem
              icon={<ArrowForwardRegular />}
              disabled={opportunity.locked}
              onClick={() => setAsking('move')}
            >
              {t('opportunities.moveSpace')}
            </MenuItem>
            <MenuItem
              icon={<DeleteRegular />}
              disabled={opportunity.locked}
              onClick={() => setAsking('delete')}
            >
              {t('opportunities.delete')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      {asking === 'copy' && <CopyDealDialog opportunity={opportunity} onClose={close} />}
      {asking === 'move' && <MoveDealDialog opportunity={opportunity} onClose={close} />}
      {asking === 'delete' && (
        <DeleteDealDialog
          opportunity={opportunity}
          accountNames={
            names.data &&
            opportunity.accountIds
              .map((id) => names.data[id])
              .filter((n): n is string => Boolean(n))
          }
          onClose={close}
        />
      )}
    </>
  );
}
