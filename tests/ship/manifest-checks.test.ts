import { describe, expect, it } from 'vitest';
import { checkAppPackage } from '../../scripts/ship/check-app-package';
import type { CheckName, PackageFiles } from '../../scripts/ship/check-types';
import { BOT_HOST, devPackage, png, withJson } from '../support/app-package-fixtures';

type Json = Record<string, unknown>;

async function checksFailing(files: PackageFiles, requiredHosts = [BOT_HOST]) {
  const issues = await checkAppPackage(files, { requiredHosts });
  return {
    names: new Set<CheckName>(issues.map((i) => i.check)),
    messages: issues.map((i) => i.message),
  };
}

function manifestWith(change: (m: Json & Record<string, never>) => void) {
  return withJson(devPackage(), 'manifest.json', change as (m: Json) => void);
}

describe('the app package checks', () => {
  it('pass the package built from appPackage/ with provisioned values', async () => {
    expect(await checkAppPackage(devPackage(), { requiredHosts: [BOT_HOST] })).toEqual([]);
  });

  it('run the official schema of the manifest version', async () => {
    const noDeveloper = await checksFailing(manifestWith((m) => delete m.developer));
    expect(noDeveloper.names).toEqual(new Set(['schema']));
    const unknownVersion = await checksFailing(
      manifestWith((m) => (m.manifestVersion = '9.9' as never)),
    );
    expect(unknownVersion.messages).toContain('no official schema for manifestVersion "9.9"');
  });

  it('refuse a manifest without manifest.json or with placeholders left', async () => {
    expect((await checksFailing(new Map())).names).toEqual(new Set(['package']));
    const left = await checksFailing(manifestWith((m) => (m.id = '${{TEAMS_APP_ID}}' as never)));
    expect(left.names).toContain('placeholder');
  });

  it('demand GUIDs for the app, bot and SSO ids', async () => {
    const result = await checksFailing(
      manifestWith((m) => {
        (m.bots as unknown as Json[])[0]!.botId = 'my-bot';
        (m.webApplicationInfo as unknown as Json).id = 'not-a-guid';
      }),
    );
    expect(result.messages).toEqual(
      expect.arrayContaining([
        'bots[0].botId is not a GUID: my-bot',
        'webApplicationInfo.id is not a GUID: not-a-guid',
      ]),
    );
  });

  describe('icons', () => {
    const white = (): [number, number, number, number] => [255, 255, 255, 255];
    const funnelish = (x: number): [number, number, number, number] =>
      x < 16 ? [255, 255, 255, 255] : [0, 0, 0, 0];

    it.each([
      [
        'a colour icon of the wrong size',
        'color.png',
        png(100, 100, (x) => [x, 0, 0, 255]),
        'not 192x192',
      ],
      ['a blank colour icon', 'color.png', png(192, 192, () => [70, 71, 196, 255]), 'blank square'],
      ['an outline of the wrong size', 'outline.png', png(48, 48, funnelish), 'not 32x32'],
      [
        'an outline without transparency',
        'outline.png',
        png(32, 32, white),
        'no transparent background',
      ],
      [
        'an empty outline',
        'outline.png',
        png(32, 32, () => [255, 255, 255, 0]),
        'outline icon is empty',
      ],
      [
        'a coloured outline',
        'outline.png',
        png(32, 32, (x) => (x < 16 ? [70, 71, 196, 255] : [0, 0, 0, 0])),
        'not white',
      ],
      [
        'an icon that is not a PNG',
        'color.png',
        new TextEncoder().encode('GIF89a'),
        'is not a PNG',
      ],
    ])('fail on %s', async (_, name, bytes, message) => {
      const result = await checksFailing(new Map(devPackage()).set(name, bytes));
      expect(result.names).toEqual(new Set(['icon']));
      expect(result.messages.join('\n')).toContain(message);
    });

    it('fail when an icon is missing from the package', async () => {
      const files = new Map(devPackage());
      files.delete('outline.png');
      expect((await checksFailing(files)).messages).toContain(
        'icon file missing from the package: outline.png',
      );
    });
  });

  describe('validDomains', () => {
    it.each([
      ['a URL', 'https://crmab12cd34tab.z6.web.core.windows.net', 'must be a host name'],
      ['a wildcard over a TLD', '*.net', 'top-level domain'],
      ['a wildcard in the middle', 'crm.*.example.com', 'wildcard in the wrong place'],
      ['a partial wildcard', 'crm*.example.com', 'wildcard in the wrong place'],
      ['a wildcard over shared hosting', '*.azurewebsites.net', 'shared hosting domain'],
    ])('refuse %s', async (_, entry, message) => {
      const result = await checksFailing(
        manifestWith((m) => ((m.validDomains as unknown as string[]).push(entry), undefined)),
      );
      expect(result.names).toEqual(new Set(['valid-domains']));
      expect(result.messages.join('\n')).toContain(message);
    });

    it('demand the tab host and the bot host', async () => {
      const tabOnly = await checksFailing(
        manifestWith((m) => (m.validDomains = ['crmab12cd34tab.z6.web.core.windows.net'] as never)),
      );
      expect(tabOnly.messages).toContain(`${BOT_HOST} is not covered by validDomains`);
      const botOnly = await checksFailing(
        manifestWith((m) => (m.validDomains = [BOT_HOST] as never)),
      );
      expect(botOnly.messages).toContain(
        'crmab12cd34tab.z6.web.core.windows.net is not covered by validDomains',
      );
    });

    it('accept a wildcard that covers the hosts', async () => {
      const wildcard = manifestWith(
        (m) => (m.validDomains = ['*.z6.web.core.windows.net', BOT_HOST] as never),
      );
      expect(await checkAppPackage(wildcard, { requiredHosts: [BOT_HOST] })).toEqual([]);
    });
  });

  describe('SSO', () => {
    const sso = (resource: string, id = '8b1d2c3e-4f50-4a61-b872-93a4b5c6d7e8') =>
      manifestWith((m) => (m.webApplicationInfo = { id, resource } as never));

    it('fail when the resource names another client id', async () => {
      const result = await checksFailing(
        sso('api://crmab12cd34tab.z6.web.core.windows.net/11111111-2222-4333-8444-555555555555'),
      );
      expect(result.names).toEqual(new Set(['sso']));
    });

    it('fail when the resource host is not a valid domain', async () => {
      const result = await checksFailing(
        sso('api://elsewhere.example.com/8b1d2c3e-4f50-4a61-b872-93a4b5c6d7e8'),
      );
      expect(result.messages).toContain(
        'resource host elsewhere.example.com is not in validDomains',
      );
    });

    it('fail when the bot form names a bot the app does not have', async () => {
      const result = await checksFailing(
        sso(
          'api://crmab12cd34tab.z6.web.core.windows.net/botid-8b1d2c3e-4f50-4a61-b872-93a4b5c6d7e8',
        ),
      );
      expect(result.messages.join('\n')).toContain('which is not a bot of this app');
    });

    it('accept the bot form when the bot is the SSO app', async () => {
      const botId = 'c2d3e4f5-0617-4283-9a4b-5c6d7e8f9a0b';
      const files = sso(`api://crmab12cd34tab.z6.web.core.windows.net/botid-${botId}`, botId);
      expect(await checkAppPackage(files, { requiredHosts: [BOT_HOST] })).toEqual([]);
    });

    it('fail on a resource that is not an api:// URI', async () => {
      expect(
        (await checksFailing(sso('https://crmab12cd34tab.z6.web.core.windows.net'))).names,
      ).toContain('sso');
    });
  });

  describe('localization', () => {
    it('fail when a language file lacks a string of the manifest', async () => {
      const files = withJson(devPackage(), 'de.json', (d) => delete d['staticTabs[0].name']);
      expect((await checksFailing(files)).messages).toContain('de.json lacks staticTabs[0].name');
    });

    it('fail when a language file translates a string the manifest does not have', async () => {
      const files = withJson(devPackage(), 'pl.json', (d) => {
        d['bots[0].commandLists[0].commands[5].title'] = 'usuń';
      });
      expect((await checksFailing(files)).messages).toContain(
        'pl.json has bots[0].commandLists[0].commands[5].title, which the manifest lacks',
      );
    });

    it('fail when the manifest gains a string the language files lack', async () => {
      const result = await checksFailing(
        manifestWith((m) => {
          const commands = ((m.bots as unknown as Json[])[0]!.commandLists as Json[])[0]!
            .commands as Json[];
          commands.push({ title: 'tasks', description: 'Your tasks due today' });
        }),
      );
      expect(result.names).toEqual(new Set(['localization']));
      expect(result.messages.filter((m) => m.endsWith('commands[5].description'))).toHaveLength(4);
    });

    it('fail when a string breaks the localization schema or a file is missing', async () => {
      const long = withJson(devPackage(), 'ro.json', (d) => (d['name.short'] = 'x'.repeat(40)));
      expect((await checksFailing(long)).messages.join('\n')).toContain('ro.json: /name.short');
      const files = new Map(devPackage());
      files.delete('fr.json');
      expect((await checksFailing(files)).messages).toContain('fr.json is missing or not JSON');
    });
  });
});
