import {
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { Role, type AssignUserInput, type User } from '@channel-crm/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useErrorText } from '../../../shell/error-text';
import { useI18n } from '../../../shell/i18n/I18nProvider';
import { assignUser } from '../api/settings-api';

/** Each user's role and supervisor (the org chart). */
export function MembersEditor({ users }: { users: User[] }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const assign = useMutation({
    mutationFn: ({ user, input }: { user: User; input: AssignUserInput }) =>
      assignUser(user, input),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <>
      {assign.error && <Text role="alert">{errorText(assign.error)}</Text>}
      <Table size="small" aria-label={t('settings.members')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('common.name')}</TableHeaderCell>
            <TableHeaderCell>{t('settings.role')}</TableHeaderCell>
            <TableHeaderCell>{t('settings.supervisor')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((user) => (
            <TableRow key={user.id}>
              <TableCell>{user.name}</TableCell>
              <TableCell>
                <Select
                  aria-label={`${t('settings.role')} ${user.name}`}
                  value={user.role}
                  onChange={(_, d) => assign.mutate({ user, input: { role: Role.parse(d.value) } })}
                >
                  {Role.options.map((r) => (
                    <option key={r} value={r}>
                      {t(`settings.role.${r}`)}
                    </option>
                  ))}
                </Select>
              </TableCell>
              <TableCell>
                <Select
                  aria-label={`${t('settings.supervisor')} ${user.name}`}
                  value={user.supervisorId ?? ''}
                  onChange={(_, d) =>
                    assign.mutate({ user, input: { supervisorId: d.value || null } })
                  }
                >
                  <option value="">{t('common.none')}</option>
                  {users
                    .filter((u) => u.id !== user.id)
                    .map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
