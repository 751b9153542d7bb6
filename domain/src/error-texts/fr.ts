import type { ErrorTexts } from '../error-codes';

export const fr: ErrorTexts = {
  validation: 'Veuillez corriger les champs signalés.',
  not_found: 'Cet enregistrement n’existe pas ou vous est masqué.',
  duplicate: 'Cet enregistrement existe déjà.',
  stale: 'Quelqu’un a modifié cet enregistrement pendant votre saisie.',
  forbidden: 'Vous n’êtes pas autorisé à faire cela.',
  rule: 'Une règle métier a refusé la modification.',
  unauthorized: 'Votre session a expiré. Reconnectez-vous.',
  precondition_required: 'Rechargez l’enregistrement et réessayez.',
  idempotency_mismatch:
    'Cette requête a déjà été envoyée avec d’autres données. Rechargez et réessayez.',
  payload_too_large: 'C’est trop volumineux pour être enregistré.',
  too_many_requests: 'Trop de requêtes : réessayez dans {seconds} s.',
  internal: 'Une erreur s’est produite de notre côté. Réessayez plus tard.',

  admin_only: 'Seul un administrateur du tenant peut faire cela.',
  not_space_member: 'Vous ne pouvez faire cela que dans les espaces dont vous êtes membre.',
  space_settings_managers_only:
    'Seuls les administrateurs et les managers de cet espace modifient ses paramètres.',
  pipelines_managers_only:
    'Seuls les administrateurs, et les managers dans leurs espaces, configurent les pipelines.',
  partners_cannot_create_spaces: 'Les utilisateurs partenaires ne peuvent pas créer d’espaces.',
  partner_cannot_reassign:
    'Un utilisateur partenaire ne peut pas confier un enregistrement à un autre partenaire.',
  account_privacy_creator_only:
    'Seule la personne qui a créé ce compte peut changer s’il est privé.',
  own_notes_only: 'Vous ne pouvez modifier que vos propres notes.',
  record_read_only:
    'Vous pouvez voir cet enregistrement mais pas le modifier : il appartient à quelqu’un d’autre.',
  delete_owner_only:
    'Seul son propriétaire ou un administrateur peut supprimer cet enregistrement.',
  unlock_managers_only:
    'Seul un administrateur ou un manager de son propriétaire peut déverrouiller une affaire gagnée.',
  claim_space_members_only: 'Seuls les membres de son espace peuvent prendre cette piste.',

  opportunity_locked: 'Cette affaire est gagnée et verrouillée.',
  no_pipeline:
    'Cet espace n’a pas encore de pipeline ; un administrateur ou un manager en crée un.',
  pipeline_not_in_space:
    'Le pipeline « {pipeline} » appartient à un autre espace ; choisissez-en un de cet espace.',
  default_pipeline_required:
    'Un espace a toujours un pipeline par défaut : définissez plutôt un autre pipeline par défaut.',
  no_matching_stage: 'Le pipeline « {pipeline} » n’a pas d’étape pour cette affaire.',
  no_open_stage: 'Le pipeline « {pipeline} » n’a pas d’étape ouverte.',
  no_won_stage: 'Le pipeline « {pipeline} » n’a pas d’étape gagnée.',
  no_lost_stage: 'Le pipeline « {pipeline} » n’a pas d’étape perdue.',
  stage_not_in_pipeline: 'Cette étape n’est pas dans le pipeline « {pipeline} ».',
  pipeline_mismatch: 'Le pipeline indiqué n’est pas celui de l’affaire.',
  new_opportunity_open_stage:
    '« {stage} » est une étape de clôture : une nouvelle affaire commence dans une étape ouverte.',
  close_through_closing:
    '« {stage} » est une étape de clôture : marquez l’affaire gagnée ou perdue avec un motif.',
  stage_kind_mismatch: '« {stage} » n’est pas une étape de ce résultat.',
  account_anonymized: 'Ce compte a été anonymisé.',
  contact_anonymized: 'Ce contact a été anonymisé.',
  lead_anonymized: 'Cette piste a été anonymisée.',
  merge_same_record: 'Un enregistrement ne peut être fusionné ni avec lui-même ni deux fois.',
  lead_archived: 'Cette piste est archivée ; désarchivez-la d’abord.',
  lead_qualified: 'Cette piste a déjà été qualifiée.',
  lead_disqualified: 'Cette piste est disqualifiée.',
  lead_already_claimed: 'Quelqu’un d’autre a pris cette piste en premier.',
  reason_required: 'Indiquez pourquoi.',
  supervisor_cycle: 'Ce superviseur rend déjà compte à cet utilisateur.',
  partner_required: 'Un utilisateur partenaire a besoin du partenaire pour lequel il travaille.',
  last_admin: 'Le tenant a besoin d’un administrateur : nommez d’abord quelqu’un d’autre.',
  already_contact:
    'Cette personne est déjà le contact principal ; les participants sont les autres personnes de l’affaire.',
  too_many_participants: 'Un enregistrement a au plus {max} participants ; retirez-en un d’abord.',
  too_many_subscribers: 'Un enregistrement a au plus {max} abonnés ; retirez-en un d’abord.',
  too_many_accounts: 'Une affaire relie au plus {max} comptes ; détachez-en un d’abord.',
  account_not_linked: 'Reliez le compte avant d’en faire le compte principal.',
  too_many_muted:
    'Vous avez mis en sourdine autant de pistes et d’affaires que possible : réactivez-en d’abord.',
  too_many_api_keys: 'Un espace a au plus {max} clés d’API : révoquez-en une d’abord.',
  too_many_web_forms: 'Un espace a au plus {max} formulaires web : supprimez-en un d’abord.',
  web_form_origin: 'Ce formulaire web ne peut pas être envoyé depuis ce site.',
  web_form_timing:
    'Le formulaire a été envoyé trop vite ou trop longtemps après son affichage : rechargez la page et renvoyez-le.',
  api_key_invalid: 'La clé d’API est absente, inconnue, révoquée ou ne vaut pas pour cet espace.',
  signature_invalid: 'La signature de la requête ne correspond pas à son contenu.',
  signature_expired:
    'L’horodatage de la requête est à plus de 5 minutes de maintenant : ce peut être un rejeu.',
  dead_letter_unreadable: 'Cette lettre morte n’est pas l’envoi d’une carte.',
  user_not_in_space: '{user} n’est pas membre de l’espace de cet enregistrement.',
  not_visible: 'Vous ne pouvez pas voir cette piste : elle est restée telle quelle.',
  lead_closed: 'Cette piste est déjà qualifiée ou disqualifiée : elle est restée telle quelle.',
  split_by_other_filter: 'Un autre filtre de répartition a déjà réparti cette piste.',
  inactive_user: '{user} n’est plus actif : la piste n’a pas été répartie.',

  'field.required': 'Obligatoire.',
  'field.invalid_type': 'Valeur non valide.',
  'field.too_short': 'Au moins {minimum} caractères.',
  'field.too_long': 'Au plus {maximum} caractères.',
  'field.too_small': 'Au moins {minimum}.',
  'field.too_big': 'Au plus {maximum}.',
  'field.not_above': 'Doit être supérieur à {minimum}.',
  'field.not_below': 'Doit être inférieur à {maximum}.',
  'field.too_few': 'Choisissez-en au moins {minimum}.',
  'field.too_many': 'Choisissez-en au plus {maximum}.',
  'field.invalid_email': 'Saisissez une adresse e-mail valide.',
  'field.invalid_format': 'Le format n’est pas valide.',
  'field.control_characters':
    'Supprimez les caractères de contrôle (retours à la ligne, tabulations…).',
  'field.lone_surrogate': 'Contient un caractère corrompu ; saisissez-le à nouveau.',
  'field.web_url': 'Saisissez une adresse web commençant par http:// ou https://.',
  'field.invalid_option': 'Choisissez l’une des options.',
  'field.unknown_keys': 'Champs inconnus : {keys}.',
  'field.invalid': 'Non valide.',
  'field.invalid_json': 'JSON non valide.',
  'field.if_match': 'Un seul ETag attendu, par exemple "3".',
  'field.idempotency_key': 'De 1 à 200 caractères visibles attendus.',
  'field.space_or_global': 'Rattachez-le à un espace ou rendez-le global.',
  'field.confirm_tenant_id': 'Saisissez l’identifiant du tenant pour confirmer.',
  'field.company_required': 'La piste n’a pas d’entreprise : nommez le compte.',
  'field.space_has_no_pipeline': 'L’espace n’a pas de pipeline.',
  'field.reason_required': 'Un motif est obligatoire.',
  'field.stage_kinds_required':
    'Un pipeline a besoin d’au moins une étape ouverte, une gagnée et une perdue.',
  'field.stage_name_taken': '« {name} » est déjà le nom de l’étape {position}.',
  'field.probability_range': 'Une probabilité est un nombre entier de 0 à 100.',
  'field.stage_id_shared': 'Deux étapes partagent cet identifiant.',
  'field.unusual_probability': 'Une étape de ce type a généralement {suggested} %.',
  'field.stage_holds_opportunities':
    'L’étape « {stage} » contient encore des affaires ({count}) ; déplacez-les d’abord.',
  'field.stage_kind_frozen':
    'L’étape « {stage} » contient encore des affaires ({count}) ; son type ne peut pas changer.',
  'field.qualify_target': 'Choisissez au moins un contact, un compte ou une opportunité.',
  'field.account_choice': 'Créez un compte ou choisissez-en un existant, pas les deux.',
  'field.opportunities_only_have_stages': 'Seules les affaires ont des étapes.',
  'field.shares_total': 'La somme des parts doit être exactement 100 %.',
  'field.user_not_in_space': '{user} n’est pas membre de cet espace.',
  'field.unknown_team': 'Cette équipe n’existe pas dans cet espace.',
  'field.team_in_use': 'La règle « {rule} » attribue encore à cette équipe.',
  'import.ragged_row': 'Colonnes dans la ligne : {actual} ; dans l’en-tête : {expected}.',
  'import.unclosed_quote': 'Un guillemet ouvert dans cette ligne n’est jamais fermé.',
  'import.record_too_long': 'La ligne est trop longue pour être importée.',
  'import.vcard_version': 'La version {version} de vCard n’est pas prise en charge.',
  'import.vcard_no_colon': 'Cette ligne de la carte n’a pas de deux-points.',
  'import.vcard_charset': 'Jeu de caractères inconnu : {charset}.',
  'import.vcard_not_closed': 'Il manque END:VCARD à la carte.',
  'import.wrong_status': 'L’import est à l’état {status} : impossible pour l’instant.',
  'import.duplicate_of_record': 'Doublon de « {title} », déjà dans le CRM.',
  'import.duplicate_of_line': 'Doublon de la ligne {line} de ce fichier.',
  'import.duplicate_hidden': 'Doublon d’un enregistrement que vous ne voyez pas.',
  'field.import_part_gap':
    'Le fichier compte {received} octets pour l’instant : envoyez la partie qui commence là.',
  'field.import_too_large': 'Le fichier dépasse la taille annoncée ({size} octets).',
  'field.import_record_type': 'Cet import remplit des fiches {recordType}.',
  'field.duplicate_id': 'Chaque identifiant ne peut apparaître qu’une fois.',
  'field.range_order': 'La fin doit suivre le début.',
  'field.range_too_long': 'Choisissez au plus six semaines.',
  task_type_unavailable: 'Le type de tâche « {type} » n’existe pas ou est désactivé.',
  task_status_unavailable: 'Le statut de tâche « {status} » n’existe pas ou est désactivé.',
  task_statuses_off: 'Les statuts de tâche sont désactivés pour votre organisation.',
  too_many_planned_activities:
    'Un enregistrement compte au plus {max} activités planifiées ; terminez-en ou supprimez-en une d’abord.',
  too_many_post_sale_tasks:
    'Les modèles après-vente du pipeline prévoient plus de {max} tâches pour une clôture ; retirez un modèle ou certaines de ses étapes.',
  activity_read_only:
    'Vous pouvez voir cette activité mais pas la modifier : son responsable la partage en lecture seule.',
};
