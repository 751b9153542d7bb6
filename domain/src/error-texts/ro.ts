import type { ErrorTexts } from '../error-codes';

export const ro: ErrorTexts = {
  validation: 'Corectați câmpurile evidențiate.',
  not_found: 'Această înregistrare nu există sau nu vă este vizibilă.',
  duplicate: 'Această înregistrare există deja.',
  stale: 'Altcineva a modificat această înregistrare în timp ce o editați.',
  forbidden: 'Nu aveți permisiunea să faceți acest lucru.',
  rule: 'O regulă de business a refuzat modificarea.',
  unauthorized: 'Sesiunea a expirat. Conectați-vă din nou.',
  precondition_required: 'Reîncărcați înregistrarea și încercați din nou.',
  idempotency_mismatch:
    'Această cerere a fost deja trimisă cu alte date. Reîncărcați și încercați din nou.',
  payload_too_large: 'Este prea mare pentru a fi salvat.',
  too_many_requests: 'Prea multe cereri: încercați din nou peste {seconds} s.',
  internal: 'Ceva nu a mers bine la noi. Încercați din nou mai târziu.',

  admin_only: 'Doar un administrator al tenantului poate face asta.',
  not_space_member: 'Puteți face asta doar în spațiile din care faceți parte.',
  space_settings_managers_only:
    'Doar administratorii și managerii acestui spațiu îi modifică setările.',
  pipelines_managers_only:
    'Doar administratorii și managerii, în spațiile lor, configurează pipeline-uri.',
  partners_cannot_create_spaces: 'Utilizatorii parteneri nu pot crea spații.',
  partner_cannot_reassign: 'Un utilizator partener nu poate preda o înregistrare altui partener.',
  account_privacy_creator_only:
    'Doar persoana care a creat acest cont poate schimba dacă este privat.',
  own_notes_only: 'Puteți modifica doar notițele proprii.',
  record_read_only:
    'Puteți vedea această înregistrare, dar nu o puteți modifica: aparține altcuiva.',
  delete_owner_only: 'Doar proprietarul sau un administrator poate șterge această înregistrare.',
  unlock_managers_only:
    'Doar un administrator sau un manager al proprietarului poate debloca o oportunitate câștigată.',
  claim_space_members_only: 'Doar membrii spațiului său pot revendica acest lead.',

  opportunity_locked: 'Această oportunitate este câștigată și blocată.',
  no_pipeline: 'Acest spațiu nu are încă un pipeline; un administrator sau manager creează unul.',
  pipeline_not_in_space:
    'Pipeline-ul „{pipeline}” aparține altui spațiu; alegeți unul din acest spațiu.',
  default_pipeline_required:
    'Un spațiu are mereu un pipeline implicit: setați în schimb alt pipeline ca implicit.',
  no_matching_stage: 'Pipeline-ul „{pipeline}” nu are o etapă pentru această oportunitate.',
  no_open_stage: 'Pipeline-ul „{pipeline}” nu are o etapă deschisă.',
  no_won_stage: 'Pipeline-ul „{pipeline}” nu are o etapă câștigată.',
  no_lost_stage: 'Pipeline-ul „{pipeline}” nu are o etapă pierdută.',
  stage_not_in_pipeline: 'Această etapă nu face parte din pipeline-ul „{pipeline}”.',
  pipeline_mismatch: 'Pipeline-ul indicat nu este pipeline-ul oportunității.',
  new_opportunity_open_stage:
    '„{stage}” este o etapă de închidere: o oportunitate nouă începe într-o etapă deschisă.',
  close_through_closing:
    '„{stage}” este o etapă de închidere: marcați oportunitatea câștigată sau pierdută, cu un motiv.',
  stage_kind_mismatch: '„{stage}” nu este o etapă a acestui rezultat.',
  account_anonymized: 'Acest cont a fost anonimizat.',
  contact_anonymized: 'Acest contact a fost anonimizat.',
  lead_anonymized: 'Acest lead a fost anonimizat.',
  lead_archived: 'Acest lead este arhivat; scoateți-l mai întâi din arhivă.',
  lead_qualified: 'Acest lead a fost deja calificat.',
  lead_disqualified: 'Acest lead este descalificat.',
  lead_already_claimed: 'Altcineva a revendicat primul acest lead.',
  reason_required: 'Spuneți de ce.',
  supervisor_cycle: 'Acest supervizor raportează deja acestui utilizator.',
  partner_required: 'Un utilizator partener are nevoie de partenerul pentru care lucrează.',
  last_admin: 'Tenantul are nevoie de un administrator: numiți mai întâi pe altcineva.',
  already_contact:
    'Această persoană este deja contactul principal; participanții sunt celelalte persoane din oportunitate.',
  too_many_participants:
    'O înregistrare are cel mult {max} participanți; eliminați mai întâi unul.',
  too_many_subscribers: 'O înregistrare are cel mult {max} abonați; eliminați mai întâi unul.',
  too_many_accounts: 'O oportunitate leagă cel mult {max} conturi; dezlegați mai întâi unul.',
  account_not_linked: 'Legați contul înainte de a-l face principal.',
  too_many_muted:
    'Ați dezactivat notificările pentru cât de multe lead-uri și oportunități se poate: reactivați mai întâi câteva.',
  too_many_api_keys: 'Un spațiu are cel mult {max} chei API: revocați mai întâi una.',
  too_many_web_forms: 'Un spațiu are cel mult {max} formulare web: ștergeți mai întâi unul.',
  web_form_origin: 'Acest formular web nu poate fi trimis de pe acest site.',
  web_form_timing:
    'Formularul a fost trimis prea repede sau prea târziu după afișare: reîncărcați pagina și trimiteți-l din nou.',
  api_key_invalid:
    'Cheia API lipsește, este necunoscută, revocată sau nu este pentru acest spațiu.',
  signature_invalid: 'Semnătura cererii nu se potrivește cu conținutul ei.',
  signature_expired: 'Marca de timp a cererii este la peste 5 minute de acum: poate fi o reluare.',
  dead_letter_unreadable: 'Această scrisoare nelivrată nu este o livrare de card.',
  user_not_in_space: '{user} nu este membru al spațiului acestei înregistrări.',
  not_visible: 'Nu aveți voie să vedeți acest lead, așa că a rămas neschimbat.',
  lead_closed: 'Acest lead este deja calificat sau descalificat, așa că a rămas neschimbat.',
  split_by_other_filter: 'Un alt filtru de împărțire a împărțit deja acest lead.',
  inactive_user: '{user} nu mai este activ, așa că lead-ul nu a fost împărțit.',

  'field.required': 'Obligatoriu.',
  'field.invalid_type': 'Valoare nevalidă.',
  'field.too_short': 'Cel puțin {minimum} caractere.',
  'field.too_long': 'Cel mult {maximum} caractere.',
  'field.too_small': 'Cel puțin {minimum}.',
  'field.too_big': 'Cel mult {maximum}.',
  'field.not_above': 'Trebuie să fie mai mare decât {minimum}.',
  'field.not_below': 'Trebuie să fie mai mic decât {maximum}.',
  'field.too_few': 'Alegeți cel puțin {minimum}.',
  'field.too_many': 'Alegeți cel mult {maximum}.',
  'field.invalid_email': 'Introduceți o adresă de e-mail validă.',
  'field.invalid_format': 'Formatul nu este valid.',
  'field.control_characters':
    'Eliminați caracterele de control (de exemplu, rânduri noi sau tabulatori).',
  'field.lone_surrogate': 'Conține un caracter deteriorat; tastați-l din nou.',
  'field.web_url': 'Introduceți o adresă web care începe cu http:// sau https://.',
  'field.invalid_option': 'Alegeți una dintre opțiuni.',
  'field.unknown_keys': 'Câmpuri necunoscute: {keys}.',
  'field.invalid': 'Nevalid.',
  'field.invalid_json': 'JSON nevalid.',
  'field.if_match': 'Se așteaptă un singur ETag, de exemplu "3".',
  'field.idempotency_key': 'Se așteaptă între 1 și 200 de caractere vizibile.',
  'field.space_or_global': 'Atașați-l unui spațiu sau faceți-l global.',
  'field.confirm_tenant_id': 'Introduceți id-ul tenantului pentru confirmare.',
  'field.company_required': 'Lead-ul nu are o companie: denumiți contul.',
  'field.space_has_no_pipeline': 'Spațiul nu are un pipeline.',
  'field.reason_required': 'Motivul este obligatoriu.',
  'field.stage_kinds_required':
    'Un pipeline are nevoie de cel puțin o etapă deschisă, una câștigată și una pierdută.',
  'field.stage_name_taken': '„{name}” este deja numele etapei {position}.',
  'field.probability_range': 'O probabilitate este un număr întreg de la 0 la 100.',
  'field.stage_id_shared': 'Două etape au același id.',
  'field.unusual_probability': 'O etapă de acest fel are de obicei {suggested} %.',
  'field.stage_holds_opportunities':
    'Etapa „{stage}” conține încă oportunități ({count}); mutați-le mai întâi.',
  'field.stage_kind_frozen':
    'Etapa „{stage}” conține încă oportunități ({count}); tipul ei nu se poate schimba.',
  'field.qualify_target': 'Alegeți cel puțin un contact, un cont sau o oportunitate.',
  'field.account_choice': 'Creați un cont sau alegeți unul existent, nu ambele.',
  'field.opportunities_only_have_stages': 'Doar oportunitățile au etape.',
  'field.shares_total': 'Cotele trebuie să însumeze exact 100 %.',
  'import.ragged_row': 'Coloane în rând: {actual}; în antet: {expected}.',
  'import.unclosed_quote': 'Ghilimelele deschise în acest rând nu se închid niciodată.',
  'import.record_too_long': 'Rândul este prea lung pentru import.',
  'import.vcard_version': 'Versiunea vCard {version} nu este acceptată.',
  'import.vcard_no_colon': 'Acest rând al cărții de vizită nu are două puncte.',
  'import.vcard_charset': 'Set de caractere necunoscut: {charset}.',
  'import.vcard_not_closed': 'Cărții de vizită îi lipsește END:VCARD.',
  'field.duplicate_id': 'Fiecare identificator poate apărea o singură dată.',
  'field.range_order': 'Sfârșitul trebuie să fie după început.',
  'field.range_too_long': 'Alegeți cel mult șase săptămâni.',
  task_type_unavailable: 'Tipul de sarcină „{type}” nu există sau este dezactivat.',
  task_status_unavailable: 'Starea de sarcină „{status}” nu există sau este dezactivată.',
  task_statuses_off: 'Stările sarcinilor sunt dezactivate pentru organizația dvs.',
  too_many_planned_activities:
    'O înregistrare are cel mult {max} activități planificate; finalizați sau ștergeți mai întâi una.',
  too_many_post_sale_tasks:
    'Șabloanele post-vânzare ale pipeline-ului planifică mai mult de {max} sarcini la o închidere; eliminați un șablon sau câțiva dintre pașii săi.',
  activity_read_only:
    'Puteți vedea această activitate, dar nu o puteți modifica: persoana responsabilă o partajează doar pentru citire.',
};
