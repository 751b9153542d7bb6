/** The checks an app package goes through; each issue names the one that found it. */
export type CheckName =
  'package' | 'schema' | 'placeholder' | 'guid' | 'icon' | 'valid-domains' | 'sso' | 'localization';

export type Issue = { check: CheckName; message: string };

/** The files of an app package by their path inside the zip. */
export type PackageFiles = Map<string, Uint8Array>;

/** The parts of a Teams manifest the offline checks read (the schema check covers the rest). */
export type Manifest = {
  manifestVersion?: string;
  id?: string;
  icons?: { color?: string; outline?: string };
  staticTabs?: { entityId?: string; name?: string; contentUrl?: string; websiteUrl?: string }[];
  configurableTabs?: { configurationUrl?: string }[];
  bots?: { botId?: string }[];
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
  localizationInfo?: {
    defaultLanguageFile?: string;
    additionalLanguages?: { languageTag: string; file: string }[];
  };
};
