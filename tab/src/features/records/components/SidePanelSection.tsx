import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useErrorText } from '../../../shell/error-text';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalS, alignContent: 'start' },
});

/**
 * One panel beside a record: its heading (when the page does not give one), its content, and
 * the error of its last change. `busy` marks it while what it shows is loading.
 */
export function SidePanelSection({
  title,
  busy,
  error,
  children,
}: {
  title?: string;
  busy?: boolean;
  error?: unknown;
  children: ReactNode;
}) {
  const styles = useStyles();
  const errorText = useErrorText();
  const headingId = useId();
  return (
    <section
      className={styles.root}
      aria-labelledby={title ? headingId : undefined}
      aria-busy={busy || undefined}
    >
      {title && (
        <Subtitle2 as="h2" id={headingId}>
          {title}
        </Subtitle2>
      )}
      {children}
      {Boolean(error) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(error)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
