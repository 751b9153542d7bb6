import {
  Avatar,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useErrorText } from './error-text';
import { useI18n } from './i18n/I18nProvider';
import { devSignIn, fetchDevUsers, type StoredSession } from './session';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'grid',
    placeItems: 'center',
    padding: tokens.spacingHorizontalL,
    boxSizing: 'border-box',
  },
  card: {
    width: 'min(440px, 100%)',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
  },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  user: { width: '100%', justifyContent: 'flex-start', gap: tokens.spacingHorizontalM },
});

export function SignInPage({ onSignedIn }: { onSignedIn: (session: StoredSession) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const errorText = useErrorText();
  const users = useQuery({ queryKey: ['dev-users'], queryFn: fetchDevUsers });
  const signIn = useMutation({ mutationFn: devSignIn, onSuccess: onSignedIn });

  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="signin-title">
        <Title2 as="h1" id="signin-title">
          {t('signin.title')}
        </Title2>
        <Text>{t('signin.subtitle')}</Text>
        {signIn.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t('signin.failed', { detail: errorText(signIn.error) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {users.isPending && (
          <Skeleton aria-label={t('app.loading')}>
            <SkeletonItem size={40} />
            <SkeletonItem size={40} />
          </Skeleton>
        )}
        {users.error && (
          <MessageBar intent="error">
            <MessageBarBody>{errorText(users.error)}</MessageBarBody>
          </MessageBar>
        )}
        {users.data?.length === 0 && <Text>{t('signin.noUsers')}</Text>}
        <ul className={styles.list}>
          {users.data?.map((user) => (
            <li key={user.id}>
              <Button
                className={styles.user}
                size="large"
                appearance="subtle"
                disabled={signIn.isPending}
                icon={<Avatar name={user.name} size={32} />}
                aria-label={t('signin.as', { name: user.name })}
                onClick={() => signIn.mutate(user)}
              >
                <span>
                  <Text weight="semibold">{user.name}</Text>
                  {user.role && <Text size={200}> · {user.role}</Text>}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
