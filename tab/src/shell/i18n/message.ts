/**
 * A count-bearing message in every plural form its language has (`Intl.PluralRules`):
 * English and German need one/other, French one/many/other, Romanian one/few/other and
 * Polish one/few/many/other. The `count` param picks the form.
 */
export type PluralForms = Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>> & {
  other: string;
};

export type Message = string | PluralForms;

/** A feature's English messages: the source of its keys. */
export type Messages = Record<string, Message>;

/** The same keys in another language; a plural message stays plural. */
export type Translation<Source extends Messages> = {
  [Key in keyof Source]: Source[Key] extends string ? string : PluralForms;
};
