import type { ErrorTexts } from '../error-codes';

export const de: ErrorTexts = {
  validation: 'Bitte korrigieren Sie die markierten Felder.',
  not_found: 'Dieser Datensatz existiert nicht oder ist für Sie nicht sichtbar.',
  duplicate: 'Dieser Datensatz existiert bereits.',
  stale: 'Jemand hat diesen Datensatz geändert, während Sie ihn bearbeitet haben.',
  forbidden: 'Dazu sind Sie nicht berechtigt.',
  rule: 'Eine Geschäftsregel hat die Änderung abgelehnt.',
  unauthorized: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
  precondition_required: 'Laden Sie den Datensatz neu und versuchen Sie es erneut.',
  idempotency_mismatch:
    'Diese Anfrage wurde bereits mit anderen Daten gesendet. Laden Sie neu und versuchen Sie es erneut.',
  payload_too_large: 'Das ist zu groß zum Speichern.',
  too_many_requests: 'Zu viele Anfragen: Versuchen Sie es in {seconds} s erneut.',
  internal: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es später erneut.',

  admin_only: 'Das darf nur ein Administrator des Mandanten.',
  not_space_member: 'Das können Sie nur in Bereichen tun, denen Sie angehören.',
  space_settings_managers_only:
    'Nur Administratoren und Manager dieses Bereichs ändern seine Einstellungen.',
  pipelines_managers_only:
    'Nur Administratoren und Manager in ihren Bereichen richten Pipelines ein.',
  partners_cannot_create_spaces: 'Partnerbenutzer können keine Bereiche anlegen.',
  partner_cannot_reassign:
    'Ein Partnerbenutzer kann einen Datensatz nicht an einen anderen Partner übergeben.',
  account_privacy_creator_only:
    'Nur wer diesen Account angelegt hat, darf ändern, ob er privat ist.',
  own_notes_only: 'Sie können nur Ihre eigenen Notizen ändern.',
  record_read_only:
    'Sie dürfen diesen Datensatz sehen, aber nicht ändern: Er gehört jemand anderem.',
  delete_owner_only: 'Nur der Besitzer oder ein Administrator darf diesen Datensatz löschen.',
  unlock_managers_only:
    'Nur ein Administrator oder ein Manager des Besitzers darf einen gewonnenen Deal entsperren.',
  claim_space_members_only: 'Nur Mitglieder seines Bereichs dürfen diesen Lead übernehmen.',

  opportunity_locked: 'Dieser Deal ist gewonnen und gesperrt.',
  no_pipeline:
    'Dieser Bereich hat noch keine Pipeline; ein Administrator oder Manager legt eine an.',
  pipeline_not_in_space:
    'Pipeline „{pipeline}“ gehört zu einem anderen Bereich; wählen Sie eine dieses Bereichs.',
  default_pipeline_required:
    'Ein Bereich hat immer eine Standard-Pipeline: Machen Sie stattdessen eine andere zum Standard.',
  no_matching_stage: 'Pipeline „{pipeline}“ hat keine Phase für diesen Deal.',
  no_open_stage: 'Pipeline „{pipeline}“ hat keine offene Phase.',
  no_won_stage: 'Pipeline „{pipeline}“ hat keine Gewonnen-Phase.',
  no_lost_stage: 'Pipeline „{pipeline}“ hat keine Verloren-Phase.',
  stage_not_in_pipeline: 'Diese Phase gehört nicht zur Pipeline „{pipeline}“.',
  pipeline_mismatch: 'Die angegebene Pipeline ist nicht die Pipeline des Deals.',
  new_opportunity_open_stage:
    '„{stage}“ ist eine Abschlussphase: Ein neuer Deal beginnt in einer offenen Phase.',
  close_through_closing:
    '„{stage}“ ist eine Abschlussphase: Markieren Sie den Deal mit einem Grund als gewonnen oder verloren.',
  stage_kind_mismatch: '„{stage}“ ist keine Phase dieses Ergebnisses.',
  account_anonymized: 'Dieser Account wurde anonymisiert.',
  contact_anonymized: 'Dieser Kontakt wurde anonymisiert.',
  lead_anonymized: 'Dieser Lead wurde anonymisiert.',
  merge_same_record:
    'Ein Datensatz kann weder mit sich selbst noch zweimal zusammengeführt werden.',
  lead_archived: 'Dieser Lead ist archiviert; holen Sie ihn zuerst aus dem Archiv.',
  lead_qualified: 'Dieser Lead wurde bereits qualifiziert.',
  lead_disqualified: 'Dieser Lead ist disqualifiziert.',
  lead_already_claimed: 'Jemand anderes hat diesen Lead zuerst übernommen.',
  reason_required: 'Geben Sie einen Grund an.',
  supervisor_cycle: 'Diese Führungskraft berichtet bereits an diesen Benutzer.',
  partner_required: 'Ein Partnerbenutzer braucht den Partner, für den er arbeitet.',
  last_admin:
    'Der Mandant braucht einen Administrator: Machen Sie zuerst jemand anderen zum Administrator.',
  already_contact:
    'Diese Person ist bereits der Hauptkontakt; Beteiligte sind die anderen Personen im Deal.',
  too_many_participants:
    'Ein Datensatz hat höchstens {max} Beteiligte; entfernen Sie zuerst einen.',
  too_many_subscribers: 'Ein Datensatz hat höchstens {max} Abonnenten; entfernen Sie zuerst einen.',
  too_many_accounts: 'Ein Deal verknüpft höchstens {max} Accounts; lösen Sie zuerst einen.',
  account_not_linked: 'Verknüpfen Sie den Account, bevor Sie ihn zum Hauptaccount machen.',
  too_many_muted:
    'Sie haben so viele Leads und Deals stummgeschaltet wie möglich: Heben Sie zuerst einige auf.',
  too_many_api_keys: 'Ein Bereich hat höchstens {max} API-Schlüssel: Widerrufen Sie zuerst einen.',
  too_many_web_forms: 'Ein Bereich hat höchstens {max} Webformulare: Löschen Sie zuerst eines.',
  web_form_origin: 'Dieses Webformular darf nicht von dieser Website gesendet werden.',
  web_form_timing:
    'Das Formular wurde zu schnell oder zu lange nach dem Anzeigen gesendet: Laden Sie die Seite neu und senden Sie es erneut.',
  api_key_invalid:
    'Der API-Schlüssel fehlt, ist unbekannt, widerrufen oder gilt nicht für diesen Bereich.',
  signature_invalid: 'Die Signatur der Anfrage passt nicht zu ihrem Inhalt.',
  signature_expired:
    'Der Zeitstempel der Anfrage liegt mehr als 5 Minuten von jetzt entfernt: Es könnte eine Wiederholung sein.',
  dead_letter_unreadable: 'Dieser unzustellbare Eintrag ist keine Kartenzustellung.',
  user_not_in_space: '{user} ist kein Mitglied des Bereichs dieses Datensatzes.',
  not_visible: 'Sie dürfen diesen Lead nicht sehen, daher blieb er unverändert.',
  lead_closed: 'Dieser Lead ist bereits qualifiziert oder disqualifiziert und blieb unverändert.',
  split_by_other_filter: 'Ein anderer Aufteilungsfilter hat diesen Lead bereits aufgeteilt.',
  inactive_user: '{user} ist nicht mehr aktiv, daher wurde der Lead nicht aufgeteilt.',

  'field.required': 'Pflichtfeld.',
  'field.invalid_type': 'Kein gültiger Wert.',
  'field.too_short': 'Mindestens {minimum} Zeichen.',
  'field.too_long': 'Höchstens {maximum} Zeichen.',
  'field.too_small': 'Mindestens {minimum}.',
  'field.too_big': 'Höchstens {maximum}.',
  'field.not_above': 'Muss größer als {minimum} sein.',
  'field.not_below': 'Muss kleiner als {maximum} sein.',
  'field.too_few': 'Wählen Sie mindestens {minimum}.',
  'field.too_many': 'Wählen Sie höchstens {maximum}.',
  'field.invalid_email': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'field.invalid_format': 'Das Format ist ungültig.',
  'field.control_characters':
    'Entfernen Sie die Steuerzeichen (etwa Zeilenumbrüche oder Tabulatoren).',
  'field.lone_surrogate': 'Enthält ein beschädigtes Zeichen; geben Sie es erneut ein.',
  'field.web_url': 'Geben Sie eine Webadresse ein, die mit http:// oder https:// beginnt.',
  'field.invalid_option': 'Wählen Sie eine der Optionen.',
  'field.unknown_keys': 'Unbekannte Felder: {keys}.',
  'field.invalid': 'Ungültig.',
  'field.invalid_json': 'Kein gültiges JSON.',
  'field.if_match': 'Erwartet wird ein ETag wie "3".',
  'field.idempotency_key': 'Erwartet werden 1 bis 200 sichtbare Zeichen.',
  'field.space_or_global': 'Ordnen Sie es einem Bereich zu oder machen Sie es global.',
  'field.confirm_tenant_id': 'Geben Sie zur Bestätigung die Mandanten-ID ein.',
  'field.company_required': 'Der Lead hat kein Unternehmen: Benennen Sie den Account.',
  'field.space_has_no_pipeline': 'Der Bereich hat keine Pipeline.',
  'field.reason_required': 'Ein Grund ist erforderlich.',
  'field.stage_kinds_required':
    'Eine Pipeline braucht mindestens eine offene, eine Gewonnen- und eine Verloren-Phase.',
  'field.stage_name_taken': '„{name}“ ist bereits der Name von Phase {position}.',
  'field.probability_range': 'Eine Wahrscheinlichkeit ist eine ganze Zahl von 0 bis 100.',
  'field.stage_id_shared': 'Zwei Phasen haben dieselbe ID.',
  'field.unusual_probability': 'Eine Phase dieser Art hat meist {suggested} %.',
  'field.stage_holds_opportunities':
    'Phase „{stage}“ enthält noch Deals ({count}); verschieben Sie diese zuerst.',
  'field.stage_kind_frozen':
    'Phase „{stage}“ enthält noch Deals ({count}); ihre Art kann sich nicht ändern.',
  'field.qualify_target': 'Wählen Sie mindestens Kontakt, Account oder Verkaufschance.',
  'field.account_choice':
    'Legen Sie entweder einen Account an oder wählen Sie einen bestehenden, nicht beides.',
  'field.opportunities_only_have_stages': 'Nur Deals haben Phasen.',
  'field.shares_total': 'Die Anteile müssen zusammen genau 100 % ergeben.',
  'field.user_not_in_space': '{user} ist kein Mitglied dieses Bereichs.',
  'field.unknown_team': 'Dieses Team gibt es in diesem Bereich nicht.',
  'field.team_in_use': 'Die Regel „{rule}“ weist noch diesem Team zu.',
  'import.ragged_row': 'Spalten in der Zeile: {actual}; in der Kopfzeile: {expected}.',
  'import.unclosed_quote': 'Ein in dieser Zeile geöffnetes Anführungszeichen wird nie geschlossen.',
  'import.record_too_long': 'Die Zeile ist zu lang für den Import.',
  'import.vcard_version': 'Die vCard-Version {version} wird nicht unterstützt.',
  'import.vcard_no_colon': 'Diese Zeile der Karte hat keinen Doppelpunkt.',
  'import.vcard_charset': 'Unbekannter Zeichensatz {charset}.',
  'import.vcard_not_closed': 'Der Karte fehlt END:VCARD.',
  'import.wrong_status': 'Der Import ist {status}: Das geht gerade nicht.',
  'import.duplicate_of_record': 'Duplikat von „{title}“, bereits im CRM.',
  'import.duplicate_of_line': 'Duplikat von Zeile {line} dieser Datei.',
  'import.duplicate_hidden': 'Duplikat eines Datensatzes, den Sie nicht sehen.',
  'field.import_part_gap':
    'Die Datei hat bisher {received} Bytes: Senden Sie den Teil, der dort beginnt.',
  'field.import_too_large': 'Die Datei ist größer als angekündigt ({size} Bytes).',
  'field.import_record_type': 'Dieser Import füllt {recordType}-Datensätze.',
  'field.duplicate_id': 'Jede ID darf nur einmal vorkommen.',
  'field.range_order': 'Das Ende muss nach dem Beginn liegen.',
  'field.range_too_long': 'Wählen Sie höchstens sechs Wochen.',
  task_type_unavailable: 'Den Aufgabentyp „{type}“ gibt es nicht oder er ist deaktiviert.',
  task_status_unavailable: 'Den Aufgabenstatus „{status}“ gibt es nicht oder er ist deaktiviert.',
  task_statuses_off: 'Aufgabenstatus sind für Ihre Organisation ausgeschaltet.',
  too_many_planned_activities:
    'Ein Datensatz hat höchstens {max} geplante Aktivitäten; erledigen oder löschen Sie zuerst eine.',
  too_many_post_sale_tasks:
    'Die Nachverkaufsvorlagen der Pipeline planen mehr als {max} Aufgaben für einen Abschluss; entfernen Sie eine Vorlage oder einige ihrer Schritte.',
  activity_read_only:
    'Sie dürfen diese Aktivität sehen, aber nicht ändern: Die zuständige Person teilt sie nur lesend.',
};
