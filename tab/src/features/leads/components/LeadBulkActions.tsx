import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { ArchiveRegular, PersonArrowRightRegular } from '@fluentui/react-icons';
import type { Lead } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { useMembers } from '../../users/hooks/use-members';
import { archiveLead, updateLead } from '../api/leads-api';

export type LeadBulkActionsProps = {
  chosen: Lead[];
  archived: boolean;
  onDone: () => void;
};

/** Assign or (un)archive the selected leads at once. */
export function LeadBulkActions({ chosen, archived, onDone }: LeadBulkActionsProps) {
  const { t } = useI18n();
  const { members } = useMembers();
  const queryClient = useQueryClient();
  const bulk = useMutation({
    mutationFn: (change: (lead: Lead) => Promise<unknown>) => Promise.all(chosen.map(change)),
    onSettled: () => {
      onDone();
      void queryClient.invalidateQueries({ queryKey: ['leads'] });
    },
  });
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<PersonArrowRightRegular />} disabled={bulk.isPending}>
            {t('leads.assign')}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {members.map((u) => (
              <MenuItem
                key={u.id}
                onClick={() => bulk.mutate((l) => updateLead(l.id, { ownerId: u.id }, l.version))}
              >
                {t('leads.assignTo', { name: u.name })}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button
        icon={<ArchiveRegular />}
        disabled={bulk.isPending}
        onClick={() => bulk.mutate(archiveLead)}
      >
        {archived ? t('leads.unarchive') : t('leads.archive')}
      </Button>
    </>
  );
}
