import type { FormField, FormLanguage } from '@channel-crm/domain';

type FormText = { fields: Record<FormField, string>; send: string; leaveEmpty: string };

/** What the embedded form says, in the form's language. */
export const FORM_TEXT: Record<FormLanguage, FormText> = {
  en: {
    fields: {
      firstName: 'First name',
      lastName: 'Last name',
      company: 'Company',
      jobTitle: 'Job title',
      email: 'E-mail',
      phone: 'Phone',
      website: 'Website',
    },
    send: 'Send',
    leaveEmpty: 'Leave this field empty',
  },
  fr: {
    fields: {
      firstName: 'Prénom',
      lastName: 'Nom',
      company: 'Entreprise',
      jobTitle: 'Fonction',
      email: 'E-mail',
      phone: 'Téléphone',
      website: 'Site web',
    },
    send: 'Envoyer',
    leaveEmpty: 'Laissez ce champ vide',
  },
  de: {
    fields: {
      firstName: 'Vorname',
      lastName: 'Nachname',
      company: 'Unternehmen',
      jobTitle: 'Position',
      email: 'E-Mail',
      phone: 'Telefon',
      website: 'Website',
    },
    send: 'Senden',
    leaveEmpty: 'Dieses Feld leer lassen',
  },
  pl: {
    fields: {
      firstName: 'Imię',
      lastName: 'Nazwisko',
      company: 'Firma',
      jobTitle: 'Stanowisko',
      email: 'E-mail',
      phone: 'Telefon',
      website: 'Strona WWW',
    },
    send: 'Wyślij',
    leaveEmpty: 'Zostaw to pole puste',
  },
  ro: {
    fields: {
      firstName: 'Prenume',
      lastName: 'Nume',
      company: 'Companie',
      jobTitle: 'Funcție',
      email: 'E-mail',
      phone: 'Telefon',
      website: 'Site web',
    },
    send: 'Trimite',
    leaveEmpty: 'Lăsați acest câmp gol',
  },
};
