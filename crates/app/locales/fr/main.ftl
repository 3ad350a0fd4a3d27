## French catalogue of ctpat-portal: the same ids as the English one (a test keeps them
## in step), translated.

language-name = Français
program-name = Portail C-TPAT
program-subtitle = Partenariat douane-commerce contre le terrorisme
gov-banner = Service officiel de l’administration des douanes. Les renseignements que vous soumettez servent à gérer le partenariat pour la sécurité de la chaîne d’approvisionnement.
skip-to-content = Passer au contenu principal
nav-label = Menu principal
nav-home = Accueil
nav-login = Se connecter
nav-signup = Créer un compte
nav-account = Votre compte
nav-permissions = Qui peut faire quoi
nav-staff = Utilisateurs du personnel
nav-audit = Piste d’audit
sign-out = Se déconnecter
language = Langue
language-apply = Changer de langue
footer-text = Portail C-TPAT — portail de partenariat à code source ouvert. Chaque modification est consignée dans une piste d’audit.
back-home = Aller à la page d’accueil
continue = Continuer
error-prefix = Erreur :
error-summary-title = Un problème est survenu
error-reference = Référence pour le soutien :
error-404-title = Page introuvable
error-404-body = Il n’y a aucune page à cette adresse, ou vous n’y avez pas accès. Vérifiez l’adresse ou retournez à la page d’accueil.
error-429-title = Trop de tentatives
error-429-body = Trop de formulaires ont été envoyés depuis votre réseau en peu de temps. Attendez { $seconds } secondes, puis réessayez.
error-405-title = Cette adresse n’accepte pas cette requête
error-405-body = La page existe, mais pas pour ce type de requête. Utilisez les liens et les boutons des pages du portail.
error-403-title = Vous n’avez pas l’autorisation
error-403-body = Votre rôle ne permet pas cette action. La tentative a été consignée. Si vous pensez devoir y avoir accès, communiquez avec l’administrateur de votre programme.
error-409-title = Cet enregistrement a été modifié entre-temps
error-409-body = Une autre personne a modifié cet enregistrement après que vous l’avez ouvert. Ouvrez-le de nouveau pour voir la version actuelle, puis refaites votre modification.
error-500-title = Une erreur est survenue
error-500-body = Le portail n’a pas pu traiter votre demande. Rien n’a été modifié. Réessayez ; si le problème se reproduit, transmettez la référence ci-dessous au soutien.
error-408-title = La requête a pris trop de temps
error-408-body = Le portail a cessé d’attendre votre requête. Elle n’a peut-être pas été traitée : vérifiez avant de réessayer. Si vous envoyiez un fichier, une connexion plus rapide ou un fichier plus petit peut aider.
error-413-title = Le téléversement est trop volumineux
error-413-body = Ce que vous avez envoyé dépasse la taille acceptée par le portail. Rien n’a été enregistré. Revenez en arrière et envoyez moins de données, ou un fichier plus petit.
error-language-title = Langue non disponible

## Notices after an action
notice-signed-out = Vous êtes déconnecté.
notice-email-verified = Votre adresse courriel est confirmée. Vous pouvez maintenant vous connecter.
notice-password-set = Votre mot de passe est défini. Vous pouvez maintenant vous connecter.
notice-password-reset = Votre mot de passe a été réinitialisé et toutes les sessions ont été fermées. Connectez-vous avec votre nouveau mot de passe.
notice-password-changed = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
notice-session-ended = La session a été fermée.
notice-devices-forgotten = Aucun navigateur ne se souvient plus de vous. Chacun sera traité comme nouveau jusqu’à ce que vous vous y connectiez de nouveau.
notice-sessions-ended = Toutes vos autres sessions ont été fermées.
notice-mfa-disabled = La vérification en deux étapes est maintenant désactivée.
notice-staff-invited = Le membre du personnel a été ajouté et un courriel d’invitation lui a été envoyé.

## Field labels and hints
field-name = Nom complet
field-email = Adresse courriel
field-password = Mot de passe
field-password_confirm = Confirmer le mot de passe
field-current_password = Mot de passe actuel
field-code = Code de vérification
field-role = Rôle
field-lang = Langue
hint-password = Au moins 15 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste et facile à retenir. Les espaces sont permises.
hint-code = Le code à 6 chiffres de votre application d’authentification, ou l’un de vos codes de récupération.

## Field and form errors — each names the rule that was broken
err-required = Entrez ce renseignement ; il est obligatoire.
err-too-long = Doit comporter au plus { $max } caractères.
err-control-chars = Ne doit pas contenir de caractères de contrôle.
err-email-format = Entrez une adresse courriel au format nom@example.com.
err-email-taken = Un compte existe déjà avec cette adresse courriel.
err-password-too-short = Doit comporter au moins { $min } caractères.
err-password-too-long = Doit comporter au plus { $max } caractères.
err-password-common = Ce mot de passe figure sur une liste de mots de passe courants ou compromis, ou il est formé de mots et de motifs courants faciles à deviner ; choisissez-en un autre.
err-password-pattern = Ce mot de passe est un motif simple (caractères répétés ou consécutifs) ; choisissez-en un autre.
err-password-personal = Ce mot de passe est formé à partir de votre nom ou de votre adresse courriel ; choisissez-en un autre.
err-password-mismatch = Les deux mots de passe ne correspondent pas.
err-password-wrong = Le mot de passe est incorrect.
err-reauth-locked = Trop de tentatives erronées : votre compte est verrouillé pendant quelques minutes. Réessayez plus tard.
err-reauth-unavailable = Votre identité n’a pas pu être vérifiée pour le moment. Réessayez dans un instant.
err-login-failed = L’adresse courriel ou le mot de passe est incorrect, ou le compte est temporairement verrouillé après trop de tentatives. Vérifiez les deux et réessayez dans quelques minutes.
err-login-unverified = Confirmez d’abord votre adresse courriel. Nous vous avons envoyé un nouveau lien de confirmation.
err-link-invalid = Ce lien n’est plus valide.
err-mfa-code = Le code est incorrect ou a expiré. Entrez le code à 6 chiffres actuel.
err-mfa-code-used = Ce code a déjà été utilisé. Attendez le code suivant de votre application d’authentification et entrez-le.
err-mfa-already-enrolled = La vérification en deux étapes est déjà activée.
err-mfa-no-pending = Recommencez la configuration : aucune configuration en attente n’a été trouvée.
err-mfa-required-for-staff = Le personnel du programme doit garder la vérification en deux étapes activée.
err-staff-role = Choisissez l’un des rôles proposés.
err-language = Cette langue n’est pas disponible.

## Roles
role-officer = Dirigeant
role-account_admin = Administrateur du compte
role-user = Utilisateur
role-consultant = Consultant
role-scss = Spécialiste de la sécurité de la chaîne d’approvisionnement (SCSS)
role-supervisor = Superviseur
role-hq = Administration centrale (HQ)
role-system_admin = Administrateur du système

## Permissions (the published matrix)
perm-view-account = Consulter tout le contenu du compte
perm-edit-company-data = Modifier les données de l’entreprise
perm-manage-account-users = Gérer les utilisateurs et les personnes-ressources du compte
perm-edit-profile-draft = Modifier l’ébauche du profil de sécurité
perm-answer-findings = Répondre aux constats de validation
perm-message-scss = Écrire au SCSS
perm-sign = Signer l’entente de partenariat, les soumissions de profil, les examens annuels et le retrait
perm-be-primary-contact = Être la personne-ressource principale
perm-work-assigned-accounts = Traiter les comptes attribués (vue partenaire, avec panneaux du personnel)
perm-review-profiles = Examiner les profils critère par critère
perm-edit-bond = Modifier les données de cautionnement et statuer sur les demandes de modification
perm-schedule-validations = Planifier et mener les validations, rédiger les constats
perm-propose-suspension = Proposer une suspension
perm-assign-accounts = Attribuer et réattribuer les comptes aux SCSS de son bureau régional
perm-decide-certification = Statuer sur la certification
perm-decide-suspension = Statuer sur la suspension et la réintégration
perm-approve-validation-reports = Approuver les rapports de validation (sauf les siens)
perm-read-all-accounts = Consulter tous les comptes du programme
perm-decide-removal = Statuer sur la radiation
perm-decide-appeals = Statuer sur les appels
perm-place-accounts-in-offices = Rattacher les comptes aux bureaux régionaux et les transférer d’un bureau à l’autre
perm-manage-field-offices = Créer et renommer les bureaux régionaux
perm-edit-program-policy = Modifier les politiques du programme
perm-edit-msc-catalog = Modifier le catalogue des critères minimaux de sécurité
perm-manage-staff-users = Gérer les utilisateurs du personnel
perm-operate-scheduler = Voir les tâches planifiées et relancer celles qui ont échoué
perm-read-audit-trail = Consulter toute la piste d’audit
permissions-title = Qui peut faire quoi
permissions-intro = Ce tableau est généré à partir des règles mêmes que le portail applique. Les rôles de partenaire s’appliquent à un compte ; une personne peut avoir des rôles différents dans différents comptes. Le personnel du programme n’approuve jamais ses propres propositions.
permissions-caption = Autorisations par rôle
permissions-reach-title = Comptes accessibles à chaque rôle du programme
permissions-reach-intro = Les rôles de partenaire s’appliquent aux comptes dont la personne est membre. Le personnel du programme n’exerce ses autorisations que sur ces comptes ; tout autre compte est pour lui « introuvable ».
reach-assigned = Les comptes qui lui sont attribués dans son bureau régional (un compte transféré à un autre bureau sort de sa portée).
reach-office = Les comptes rattachés à son bureau régional (pour un superviseur sans bureau : les comptes qui ne sont encore rattachés à aucun bureau). Seuls les SCSS du même bureau peuvent être affectés.
reach-program = Tous les comptes du programme, dans tous les bureaux régionaux.
reach-none = Aucun compte de partenaire : seulement les utilisateurs du personnel et le planificateur.
permissions-permission = Autorisation
permissions-yes = Permis
permissions-no = Non permis

## Home
home-title = Portail des partenaires C-TPAT
home-intro = Demandez à adhérer au partenariat, tenez votre profil de sécurité à jour et vérifiez le statut de vos partenaires commerciaux, au même endroit.
home-how-title = Fonctionnement du partenariat
home-how-1 = Créez un compte et confirmez votre adresse courriel.
home-how-2 = Présentez une demande pour votre entreprise, remplissez le profil de sécurité selon les critères minimaux de sécurité et faites-le signer par un dirigeant.
home-how-3 = Un spécialiste de la sécurité de la chaîne d’approvisionnement examine votre demande et vous accompagne jusqu’à la certification et la validation.
home-how-4 = Tenez vos données à jour chaque année et vérifiez le statut de vos partenaires au moyen de l’interface de vérification du statut.
home-welcome = Bienvenue, { $name }
home-signed-in-intro = Choisissez ce que vous voulez faire.
card-account-title = Votre compte
card-account-text = Mot de passe, vérification en deux étapes, langue et sessions actives.
card-permissions-title = Qui peut faire quoi
card-permissions-text = La matrice des autorisations publiée par le programme.
card-staff-title = Utilisateurs du personnel
card-staff-text = Ajouter des membres du personnel et voir qui utilise la vérification en deux étapes.
card-audit-title = Piste d’audit
card-audit-text = Chaque modification et chaque événement de sécurité, du plus récent au plus ancien.

## Sign in
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Nouveau sur le portail ?
mfa-login-title = Entrez votre code de vérification
mfa-login-intro = Ouvrez votre application d’authentification et entrez le code à 6 chiffres du Portail C-TPAT. Si vous avez perdu votre appareil, entrez l’un de vos codes de récupération.
mfa-login-submit = Vérifier

## Sign up
signup-title = Créer un compte
signup-intro = Un compte correspond à une seule personne. Vous pourrez ensuite présenter une demande pour votre entreprise ou être invité à un compte d’entreprise existant.
signup-submit = Créer le compte
signup-done-title = Consultez vos courriels
signup-done-body = Nous avons envoyé un message à l’adresse que vous avez entrée. Ouvrez le lien qu’il contient pour confirmer votre adresse, puis connectez-vous. Le lien est valide pendant 48 heures.
link-invalid-title = Ce lien n’est plus valide
verify-title = Confirmez votre adresse courriel
verify-body = Sélectionnez le bouton pour confirmer que cette adresse courriel est bien la vôtre. Vous pourrez ensuite vous connecter.
verify-submit = Confirmer mon adresse courriel
verify-link-invalid-body = Le lien de confirmation a expiré ou a déjà été utilisé. Connectez-vous pour en recevoir un nouveau.
invitation-title = Définissez votre mot de passe
invitation-intro = Vous avez été invité au Portail C-TPAT. Choisissez un mot de passe pour activer votre compte.
invitation-link-invalid-body = Le lien d’invitation a expiré ou a déjà été utilisé. Demandez une nouvelle invitation à l’administrateur de votre programme.

## Passwords
forgot-title = Réinitialiser votre mot de passe
forgot-intro = Entrez l’adresse courriel de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien de réinitialisation
forgot-done-title = Consultez vos courriels
forgot-done-body = Si un compte existe pour cette adresse, nous y avons envoyé un lien pour réinitialiser le mot de passe. Le lien ne peut servir qu’une fois, dans un délai de 30 minutes.
reset-title = Choisissez un nouveau mot de passe
reset-intro = Choisissez un nouveau mot de passe. Toutes les sessions de votre compte seront fermées.
reset-link-invalid-body = Le lien de réinitialisation a expiré ou a déjà été utilisé. Demandez-en un nouveau.
change-password-title = Changer votre mot de passe
change-password-intro = Entrez votre mot de passe actuel, puis le nouveau. Vos autres sessions seront fermées.
password-save = Enregistrer le mot de passe

## Account settings
account-title = Votre compte
account-profile = Profil
account-staff-role = Rôle dans le programme
account-security = Sécurité
account-password = Mot de passe
account-change-password = Changer le mot de passe
account-mfa = Vérification en deux étapes
account-mfa-on = Activée
account-mfa-off = Désactivée
account-mfa-manage = Gérer
sessions-title = Sessions actives
sessions-intro = Voici les navigateurs connectés à votre compte. Fermez toute session que vous ne reconnaissez pas, puis changez votre mot de passe.
sessions-started = Début
sessions-last-seen = Dernière activité
sessions-from = Provenance
sessions-action = Action
sessions-this = Cette session
sessions-end = Fermer la session
sessions-end-others = Fermer toutes les autres sessions
devices-title = Navigateurs mémorisés
devices-intro = Les navigateurs avec lesquels vous vous êtes entièrement connecté sont mémorisés pendant un an : les mauvais mots de passe entrés ailleurs ne vous en bloquent pas l’accès. Navigateurs mémorisés : { $count }. Si vous avez perdu un appareil ou utilisé un ordinateur partagé, oubliez-les tous.
devices-forget = Oublier tous les navigateurs mémorisés

## Two-step verification
mfa-title = Vérification en deux étapes
mfa-required-notice = Le personnel du programme doit configurer la vérification en deux étapes avant d’utiliser le portail.
mfa-enabled-text = La vérification en deux étapes est activée. Un code de votre application d’authentification vous sera demandé à chaque connexion.
mfa-codes-left = Codes de récupération inutilisés : { $count }
mfa-disable-title = Désactiver la vérification en deux étapes
mfa-disable-submit = Désactiver
mfa-staff-cannot-disable = Le personnel du programme doit garder la vérification en deux étapes activée.
mfa-step-app = Installez une application d’authentification (par exemple une application compatible avec les codes TOTP) sur votre téléphone.
mfa-step-key = Ajoutez un compte dans l’application et tapez cette clé :
mfa-open-app = Ou ouvrez le lien de configuration dans une application d’authentification sur cet appareil
mfa-step-code = Entrez le code à 6 chiffres affiché par l’application.
mfa-confirm = Activer la vérification en deux étapes
mfa-start-title = Configurer la vérification en deux étapes
mfa-restart-title = Recommencer la configuration
mfa-start-text = Entrez votre mot de passe pour obtenir une nouvelle clé pour votre application d’authentification. La clé n’est affichée qu’une fois.
mfa-start-submit = Afficher une nouvelle clé
mfa-codes-title = Conservez vos codes de récupération
mfa-codes-once = Ces codes ne sont affichés qu’une seule fois. Chacun peut servir une fois pour vous connecter si vous perdez votre appareil. Imprimez-les ou conservez-les dans un gestionnaire de mots de passe.

## Staff administration
staff-title = Utilisateurs du personnel
staff-mfa = Vérification en deux étapes
staff-mfa-on = Activée
staff-mfa-off = Non configurée
staff-status = Statut
staff-invited = Invité
staff-active = Actif
staff-add-title = Ajouter un membre du personnel
staff-add-intro = Le nouveau membre du personnel reçoit un courriel d’invitation pour définir son mot de passe. La vérification en deux étapes est exigée à la première connexion, sauf si ce déploiement la désactive.
staff-add-submit = Ajouter et envoyer l’invitation

## Audit trail
audit-title = Piste d’audit
audit-intro = Chaque modification et chaque événement de sécurité, du plus récent au plus ancien. La piste est en ajout seul et chaînée par hachage ; `ctpat audit verify` la vérifie.
audit-time = Heure (UTC)
audit-actor = Qui
audit-action = Action
audit-object = Objet
audit-outcome = Résultat
audit-request = Requête
audit-from = Provenance (adresse)
audit-older = Événements plus anciens

## E-mails
mail-verify-email-subject = Confirmez votre adresse courriel pour le Portail C-TPAT
mail-verify-email-body =
    Bonjour { $name },

    Confirmez votre adresse courriel en ouvrant ce lien :

    { $link }

    Le lien est valide pendant 48 heures. Si vous n’avez pas créé de compte, ne tenez pas compte de ce message.

    Portail C-TPAT — { $portal_url }
mail-signup-existing-subject = Quelqu’un a tenté de créer un compte avec votre adresse courriel
mail-signup-existing-body =
    Bonjour,

    Quelqu’un (peut-être vous) a tenté de créer un compte sur le Portail C-TPAT avec cette adresse courriel, qui a déjà un compte.
    Si c’était vous, connectez-vous à { $portal_url }/login ou réinitialisez votre mot de passe à { $portal_url }/password/forgot.
    Si ce n’était pas vous, vous pouvez ne pas tenir compte de ce message.

    Portail C-TPAT
mail-password-reset-subject = Réinitialisez votre mot de passe du Portail C-TPAT
mail-password-reset-body =
    Bonjour { $name },

    Ouvrez ce lien pour choisir un nouveau mot de passe :

    { $link }

    Le lien ne peut servir qu’une fois, dans un délai de { $minutes } minutes. Si vous n’en avez pas fait la demande, ne tenez pas compte de ce message ; votre mot de passe reste inchangé.

    Portail C-TPAT — { $portal_url }
mail-password-changed-subject = Le mot de passe de votre compte du Portail C-TPAT a été modifié
mail-password-changed-body =
    Bonjour { $name },

    Le mot de passe de votre compte du Portail C-TPAT vient d’être modifié, et vos autres sessions ont été fermées.
    Si vous n’êtes pas à l’origine de ce changement, réinitialisez immédiatement votre mot de passe à { $portal_url }/password/forgot et communiquez avec l’administrateur de votre programme.

    Portail C-TPAT
mail-account-locked-subject = La connexion à votre compte du Portail C-TPAT est suspendue
mail-account-locked-body =
    Bonjour { $name },

    { $what ->
        [code] Plusieurs codes de vérification erronés
       *[other] Plusieurs mots de passe erronés
    } ont été entrés pour votre compte du Portail C-TPAT. Pour le protéger, la connexion est suspendue : vous pourrez réessayer dans { $minutes } min. Chaque nouvelle tentative erronée prolonge la suspension.
    Si c’était vous, patientez puis réessayez. Sinon, quelqu’un connaît peut-être votre mot de passe ou tente de le deviner : dès que possible, connectez-vous et changez-le à { $portal_url }/account/password, ou réinitialisez-le à { $portal_url }/password/forgot, et avisez l’administrateur de votre programme.

    Portail C-TPAT
mail-invitation-subject = Vous êtes invité au Portail C-TPAT
mail-invitation-body =
    Bonjour { $name },

    Un administrateur vous a créé un compte du personnel sur le Portail C-TPAT. Choisissez votre mot de passe ici :

    { $link }

    Le lien ne peut servir qu’une fois, dans un délai de { $days } jours.

    Portail C-TPAT — { $portal_url }

## Partner accounts
entity-importer = Importateur américain / importateur canadien non résident
entity-exporter = Exportateur
entity-customs_broker = Courtier en douane
entity-foreign_manufacturer = Fabricant étranger
entity-highway_carrier = Transporteur routier
entity-mexican_long_haul_carrier = Transporteur mexicain longue distance
entity-rail_carrier = Transporteur ferroviaire
entity-air_carrier = Transporteur aérien
entity-sea_carrier = Transporteur maritime
entity-consolidator = Groupeur / OTI / NVOCC
entity-marine_port_terminal_operator = Administration portuaire / exploitant de terminal maritime
entity-third_party_logistics = Prestataire de services logistiques (3PL)
status-draft = Demande en cours
status-applicant = Demandeur
status-under_review = En examen
status-certified = Certifié
status-validated = Validé
status-suspended = Suspendu
status-removed = Radié
status-withdrawn = Retiré
status-rejected = Rejeté
status-ineligible = Non admissible
idkind-ior = Numéro d’importateur officiel (IOR)
idkind-ein = Numéro d’identification d’employeur (EIN)
idkind-duns = Numéro D-U-N-S
idkind-broker_license = Numéro de permis de courtier en douane
idkind-filer_code = Code de déclarant
idkind-mid = Identifiant du fabricant (MID)
idkind-rfc = RFC (identifiant fiscal mexicain)
idkind-scac = SCAC
idkind-usdot = Numéro USDOT
idkind-sct_permit = Numéro de permis SCT
idkind-iata_carrier = Code de compagnie aérienne IATA
idkind-iata_cargo = Numéro d’agent de fret IATA
idkind-fmc_org = Numéro d’organisation FMC
idkind-fmc_mto = Numéro d’exploitant de terminal maritime FMC
idkind-logistics_license = Permis ou cautionnement (FMC, TSA, CBP ou DOT)
err-id-ior = Entrez le numéro IOR sous la forme NN-NNNNNNNXX (EIN et suffixe de 2 caractères), NNN-NN-NNNN (SSN) ou YYDDPP-NNNNN (attribué par le CBP).
err-id-ein = Entrez l’EIN en 9 chiffres, NN-NNNNNNN.
err-id-duns = Entrez le numéro D-U-N-S en 9 chiffres.
err-id-broker_license = Entrez le numéro de permis de courtier en 4 à 6 chiffres.
err-id-filer_code = Entrez le code de déclarant en 3 lettres ou chiffres.
err-id-mid = Entrez le MID en 15 lettres et chiffres au plus : le code de pays ISO (pas US), des parties du nom et de l’adresse, et 3 lettres de la ville.
err-id-rfc = Entrez le RFC en 12 caractères (entreprise) ou 13 (personne) : des lettres, une date valide AAMMJJ et 3 caractères.
err-id-scac = Entrez le SCAC en 2 à 4 lettres.
err-id-usdot = Entrez le numéro USDOT en 1 à 8 chiffres.
err-id-sct_permit = Entrez le numéro de permis SCT en 5 à 25 lettres, chiffres, traits d’union ou barres obliques.
err-id-iata_carrier = Entrez le code de compagnie aérienne IATA en 2 lettres ou chiffres (pas deux chiffres).
err-id-iata_cargo = Entrez le numéro d’agent de fret IATA en 7 chiffres, suivis au besoin d’un numéro de succursale à 4 chiffres.
err-id-fmc_org = Entrez le numéro d’organisation FMC en 6 chiffres.
err-id-fmc_mto = Entrez le numéro d’exploitant de terminal maritime FMC en 6 chiffres.
err-id-logistics_license = Entrez l’émetteur (FMC, TSA, CBP ou DOT), puis le numéro, par exemple FMC 023456.
err-id-one-of = Entrez au moins l’un de ces identifiants.
err-country = Entrez un code de pays ISO à deux lettres, par exemple US, CA ou MX.
err-phone = Entrez un numéro de téléphone de 7 à 15 chiffres ; les espaces, +, -, ( ) et x sont permis.
err-number-range = Entrez un nombre entier de { $min } à { $max }.
err-website = Entrez une adresse Web comme www.example.com.
err-date = Entrez la date au format AAAA-MM-JJ.
err-date-past = Entrez une date à partir d’aujourd’hui.
err-profile-plan-missing = Décrivez le plan de mesures correctives : ce que votre entreprise fera pour satisfaire à ce critère.
err-profile-plan-due-missing = Entrez la date à laquelle le plan de mesures correctives sera achevé (AAAA-MM-JJ).
err-choose-one = Choisissez l’une des options.
err-bond-number = Entrez le numéro de cautionnement en 6 à 20 lettres, chiffres ou traits d’union.
err-not-draft = Cette demande a été soumise ; elle ne peut plus être modifiée ici.
err-org-has-entity = Cette organisation a déjà un compte de ce type d’entité.
err-staff-cannot-apply = Le personnel du programme ne peut pas demander de compte de partenaire.
err-only-officer-signs = Seul un dirigeant de l’entreprise peut signer l’entente de partenariat. Demandez à un dirigeant de signer, ou invitez-en un à l’étape des personnes-ressources.
err-application-incomplete = La demande n’est pas complète : { $count } élément(s) manquant(s). Ils sont énumérés ci-dessous.
err-must-agree = Confirmez que vous acceptez l’entente de partenariat.
err-contacts-min = Ajoutez au moins { $min } personnes-ressources.
err-contacts-no-primary = Choisissez une personne-ressource principale.
err-contacts-one-primary = Il ne peut y avoir qu’une seule personne-ressource principale.
err-contacts-primary-officer = La personne-ressource principale doit avoir le rôle de dirigeant.
err-contacts-unique-email = Deux personnes-ressources ont la même adresse courriel { $email } ; chacune doit avoir la sienne.
err-contacts-exporter-alternate = Les exportateurs doivent avoir une personne-ressource suppléante en plus de la personne-ressource principale.
err-contact-email-taken = Une autre personne-ressource de ce compte a déjà cette adresse courriel.
err-contact-primary-not-alternate = Une personne-ressource ne peut pas être à la fois principale et suppléante.
err-last-officer = C’est le dernier dirigeant du compte. Attribuez d’abord le rôle de dirigeant à une autre personne.
err-staff-cannot-join = Le personnel du programme ne peut pas se joindre au compte d’un partenaire. Demandez à l’entreprise d’inviter une personne qui y travaille.
err-org-officer-only = Seul un dirigeant de cette entreprise peut présenter la demande à titre de dirigeant. Commencez la demande à titre d’administrateur du compte et invitez l’un des dirigeants de l’entreprise à signer.
err-own-role = Vous ne pouvez pas changer votre propre rôle. Adressez-vous à un autre dirigeant ou administrateur du compte.
err-officer-change-reauth = Pour attribuer ou retirer le rôle de dirigeant, entrez votre mot de passe (ou votre code à 6 chiffres si vous utilisez la vérification en deux étapes) dans la même ligne.
err-officer-role-needs-officer = Seul un dirigeant du compte peut attribuer ou retirer le rôle de dirigeant.
err-account-closed = Ce compte est fermé ; ses personnes-ressources ne peuvent plus être modifiées.
err-invite-needs-role = Attribuez un rôle à la personne-ressource avant de l’inviter au portail.
err-already-a-user = Cette personne-ressource utilise déjà le portail.
err-invitation-other-email = Cette invitation a été envoyée à { $email }. Connectez-vous avec cette adresse pour l’accepter.
missing-organization = L’organisation n’est pas renseignée.
missing-hq_address = L’adresse du siège social est manquante.
missing-bond = Les données du cautionnement sont manquantes.
refusal-not-allowed-in-status = Cette action n’est pas possible dans le statut actuel du compte.
refusal-wrong-role = Votre rôle ne permet pas cette action.
refusal-not-the-assigned-scss = Seul le SCSS affecté à ce compte peut faire cette action.
refusal-no-recommendation = Le SCSS affecté n’a pas encore recommandé la certification.
refusal-recommend-not-submitted = La certification exige un profil de sécurité soumis dont chaque critère est accepté : le partenaire n’a pas soumis le profil actuel.
refusal-recommend-in-review = La certification exige que chaque critère du profil de sécurité soit accepté : terminez d’abord l’examen.
refusal-recommend-returned = La certification exige que chaque critère du profil de sécurité soit accepté : { $count ->
    [one] { $count } critère a été renvoyé
   *[other] { $count } critères ont été renvoyés
  } au partenaire.
refusal-own-proposal = Vous ne pouvez pas approuver votre propre proposition ou votre propre travail ; une autre personne doit statuer.
refusal-proposal-pending = Une proposition de suspension attend déjà une décision.
refusal-no-proposal = Il n’y a aucune proposition de suspension à trancher.
refusal-no-corrective-action-plan = Le partenaire n’a pas soumis de plan de mesures correctives.
refusal-cap-already-submitted = Un plan de mesures correctives a déjà été soumis.
refusal-deadline-not-reached = Le délai n’est pas encore écoulé.
refusal-deadline-passed = Le délai pour cette action est écoulé.
refusal-appeal-already-filed = Un appel a déjà été interjeté.
refusal-no-appeal = Il n’y a aucun appel en attente de décision.
refusal-reapplication-barred = Cette entreprise ne peut pas présenter une nouvelle demande avant la fin de la période d’interdiction.
refusal-already-assigned = Ce SCSS est déjà affecté au compte.
mail-application-received-subject = Votre demande d’adhésion C-TPAT a été reçue
mail-application-received-body =
    Bonjour,

    La demande d’adhésion de { $organization } (compte { $account }) a été signée et soumise. Un superviseur affectera un spécialiste de la sécurité de la chaîne d’approvisionnement, qui l’examinera ; le programme vise à rendre une décision dans un délai de 90 jours.

    Suivez son avancement à { $portal_url }/accounts/{ $account }

    Portail C-TPAT
mail-account-invitation-subject = Vous êtes invité à un compte d’entreprise sur le Portail C-TPAT
mail-account-invitation-body =
    Bonjour { $name },

    { $inviter } vous invite au compte de { $organization } sur le Portail C-TPAT avec le rôle « { $role } ».

    Acceptez l’invitation ici (connectez-vous ou créez d’abord votre compte avec cette adresse courriel) :

    { $link }

    Le lien ne peut servir qu’une fois, dans un délai de { $days } jours.

    Portail C-TPAT — { $portal_url }

## Partner pages
choose = Choisir…
edit = Modifier
remove = Retirer
cancel = Annuler
save-continue = Enregistrer et continuer
err-contact-not-added = Cette personne-ressource est saisie mais pas ajoutée : sélectionnez « Enregistrer la personne-ressource » pour l’ajouter, ou videz ses champs pour continuer.
tier = Niveau { $tier }
days-left = Jours restants : { $days }
days-overdue = Jours de retard : { $days }
account-no-organization = (organisation pas encore saisie)
account-your-role = votre rôle :
account-overview-link = Aperçu du compte
staff-viewing-as = Consultation en tant que { $name } (personnel du programme). Ce sont les pages propres du partenaire : vous n’y modifiez rien de ce qui appartient au partenaire et n’agissez qu’au moyen des commandes du personnel (examen, décisions, mesures).
home-your-accounts = Vos comptes d’entreprise
home-no-accounts = Vous n’êtes encore membre d’aucun compte d’entreprise. Présentez une demande pour votre entreprise, ou demandez au dirigeant de votre entreprise de vous inviter.
home-apply = Demander un nouveau compte
home-organization = Organisation
home-entity = Type d’entité
apply-title = Adhérer au partenariat
apply-intro = Choisissez la façon dont votre entreprise participe à la chaîne d’approvisionnement. Une entreprise qui y participe de plusieurs façons (par exemple comme importateur et exportateur) a un compte pour chacune.
apply-start = Commencer la demande
field-entity_type = Type d’entité
field-my_role = Votre rôle pour cette entreprise
my-role-officer = Dirigeant de l’entreprise (je peux signer en son nom)
my-role-admin = Je prépare la demande ; un dirigeant de l’entreprise la signera
steps-label = Étapes de la demande
step-done = terminé
step-organization = Organisation
step-organization-intro = L’entreprise (personne morale) qui présente la demande.
step-organization-intro-existing = L’entreprise (personne morale) qui présente la demande. Si votre entreprise a déjà un compte ici, choisissez-la.
step-addresses = Adresses
step-addresses-intro = L’adresse du siège social et les sites les plus importants pour la sécurité : bureaux, installations de fret (au moins vos trois principales selon le volume ou le risque) et sites de formation.
step-contacts = Personnes-ressources
step-contacts-intro = Au moins deux personnes-ressources, dont une seule personne-ressource principale, qui doit être un dirigeant.
step-identifiers = Identifiants et cautionnement
step-identifiers-intro = Les identifiants de votre type d’entité, et votre cautionnement s’il est exigé.
step-agreement = Entente de partenariat
step-agreement-intro = Lisez, acceptez et signez. Seul un dirigeant peut signer. La signature soumet à la fois la demande et le profil de sécurité.
field-existing = Utiliser une organisation dont vous êtes déjà membre
org-new = Non — saisir une nouvelle organisation ci-dessous
org-or-new = Ou saisissez une nouvelle organisation :
field-dba = Nom commercial (facultatif)
field-phone = Téléphone
field-website = Site Web (facultatif)
field-year_founded = Année de fondation (facultatif)
field-employee_count = Nombre d’employés (facultatif)
field-ownership_type = Type de propriété (facultatif)
ownership-corporation = Société par actions
ownership-llc = Société à responsabilité limitée
ownership-partnership = Société de personnes
ownership-sole_proprietorship = Entreprise individuelle
ownership-government = Propriété de l’État
ownership-other = Autre
address-hq = Siège social
address-others-intro = Autres sites (laissez un bloc vide si vous n’en avez pas besoin) :
address-other = Site { $n }
company-title = Données de l’entreprise déposées avec la demande
company-name = Dénomination sociale
company-dba = Nom commercial
company-phone = Téléphone
company-hq = Siège social
address-kind-office = Bureau (avec personnel)
address-kind-cargo_facility_staffed = Installation de fret, avec personnel
address-kind-cargo_facility = Installation de fret, sans personnel
address-kind-training_site = Site de formation ou d’élaboration des politiques
field-line1 = Adresse, ligne 1
field-line2 = Adresse, ligne 2 (facultatif)
field-city = Ville
field-region = État, province ou région (facultatif)
field-postal_code = Code postal (facultatif)
field-country = Pays (code à deux lettres, par exemple US)
field-a1_kind = Type de site
field-a2_kind = Type de site
field-a3_kind = Type de site
bond-legend-required = Cautionnement (exigé pour votre type d’entité)
bond-legend-optional = Cautionnement (facultatif pour votre type d’entité)
field-bond_number = Numéro de cautionnement
field-bond_type = Type de cautionnement
field-bond_surety = Caution (facultatif)
field-bond_effective_on = Date d’entrée en vigueur (facultatif)
bond-type-continuous_import = Cautionnement d’importation continu
bond-type-single_transaction = Cautionnement pour transaction unique
bond-type-international_carrier = Cautionnement de transporteur international
bond-type-custodial = Cautionnement de dépositaire
bond-type-common_carrier = Cautionnement de transporteur public
agreement-gaps = Avant de pouvoir signer, remplissez :
agreement-title = Entente de partenariat C-TPAT
agreement-text-1 = L’entreprise s’engage à élaborer, à mettre en œuvre et à maintenir des mesures de sécurité conformes aux critères minimaux de sécurité de son type d’entité, et à tenir son profil de sécurité à jour chaque année.
agreement-text-2 = L’entreprise s’engage à permettre au programme de valider ces mesures, à répondre aux constats dans les délais impartis et à informer le programme de tout incident de sécurité et de toute modification de ses données.
agreement-text-3 = La participation est volontaire ; le programme peut suspendre ou radier une entreprise qui ne respecte pas ses engagements, en motivant sa décision et avec droit d’appel.
field-agree = J’ai lu l’entente de partenariat et je la signe au nom de l’entreprise.
field-password-reenter = Votre mot de passe (pour confirmer votre identité)
agreement-sign = Signer et soumettre la demande et le profil de sécurité
notice-application-submitted = Votre demande a été signée et soumise. Vous serez avisé lorsqu’un spécialiste de la sécurité de la chaîne d’approvisionnement sera affecté.
notice-contact-saved = La personne-ressource a été enregistrée.
notice-contact-removed = La personne-ressource a été retirée.
notice-contact-invited = L’invitation a été envoyée.
notice-member-saved = Le rôle a été modifié.
notice-member-removed = Cette personne n’a plus accès à ce compte.
notice-joined = Vous avez rejoint le compte.
contacts-title = Personnes-ressources et utilisateurs
contacts-intro = Les personnes-ressources sont les personnes à qui le programme écrit ; certaines utilisent aussi le portail. Les consultants sont toujours présentés comme consultants et ne signent jamais.
contacts-designation = Désignation
contacts-portal = Accès au portail
contacts-primary = Principale
contacts-alternate = Suppléante
contacts-has-login = Utilise le portail
contacts-no-login = Aucun accès
contacts-invite = Inviter au portail
contacts-none = Aucune personne-ressource pour l’instant.
contacts-add = Ajouter une personne-ressource
contacts-edit = Modifier la personne-ressource
contacts-save = Enregistrer la personne-ressource
contact-role-none = Aucun rôle dans le portail
field-title = Titre du poste (facultatif)
field-primary = Personne-ressource principale (doit être un dirigeant)
field-alternate = Personne-ressource suppléante
members-title = Personnes qui utilisent ce compte
members-intro = Chaque personne ici se connecte avec sa propre adresse courriel et son propre mot de passe. Le dernier dirigeant ne peut pas être retiré.
members-change-role = Changer le rôle
members-reauth = Pour les changements de dirigeant : votre mot de passe ou votre code à 6 chiffres
members-leave = Quitter ce compte
members-own-role = Vous ne pouvez pas changer votre propre rôle ici ; un autre dirigeant ou administrateur du compte peut le faire.
members-own-role-officer = Vous ne pouvez pas changer votre propre rôle ici ; un autre dirigeant du compte peut le faire.
join-title = Rejoindre un compte d’entreprise
join-offer = Vous êtes invité au compte de { $organization } sur le Portail C-TPAT.
join-accept = Accepter l’invitation
join-sign-in-first = Connectez-vous (ou créez votre compte) avec l’adresse courriel invitée, puis ouvrez de nouveau le lien.
join-link-invalid-body = Cette invitation a expiré ou a déjà été utilisée. Demandez-en une nouvelle au dirigeant de l’entreprise.
switch-account = Passer à un autre compte
switch-go = Ouvrir
draft-title = Demande en cours
draft-ready = Tout est rempli. Un dirigeant peut maintenant signer l’entente de partenariat.
draft-still-needed = Encore requis :
draft-continue = Poursuivre la demande
dashboard-status = Statut
dashboard-tier = Niveau
dashboard-none = Aucun pour l’instant
dashboard-svi = Numéro SVI
dashboard-svi-later = Attribué lorsque le compte devient actif
dashboard-scss = Spécialiste de la sécurité de la chaîne d’approvisionnement
dashboard-scss-none = Pas encore affecté
dashboard-next = Prochaines étapes
dashboard-missing = Données obligatoires encore manquantes
dashboard-deadlines = Échéances
dashboard-no-deadlines = Aucun délai en cours.
dashboard-deadline = Échéance
dashboard-date = Date
dashboard-days = Temps restant
dashboard-sections = Sections
dashboard-history = Historique
dashboard-no-history = Rien n’a encore été consigné.
deadline-certification-target = Échéance visée pour la décision de certification (90 jours)
deadline-response = Répondre à la suspension par un plan de mesures correctives
deadline-appeal = Interjeter appel de la radiation
deadline-appeal-decision = Décision sur l’appel
deadline-validation = Prochaine validation prévue
deadline-annual-review = Examen annuel prévu
deadline-reapply-bar = Fin de l’interdiction de nouvelle demande
next-draft = Remplissez la demande et le profil de sécurité, puis faites signer l’entente de partenariat par un dirigeant : cette signature soumet les deux.
next-applicant = Votre demande attend qu’un superviseur affecte un spécialiste de la sécurité de la chaîne d’approvisionnement.
next-under-review = Votre demande est entre les mains de votre spécialiste de la sécurité de la chaîne d’approvisionnement.
next-profile-complete = Remplissez votre profil de sécurité et faites-le signer et soumettre par un dirigeant : { $count ->
    [one] { $count } critère obligatoire est encore
   *[other] { $count } critères obligatoires sont encore
  } sans réponse.
next-profile-sign = Votre profil de sécurité est rempli : un dirigeant le signe et le soumet pour examen.
next-profile-returned = Votre spécialiste de la sécurité de la chaîne d’approvisionnement a renvoyé { $count ->
    [one] { $count } critère
   *[other] { $count } critères
  } de votre profil de sécurité : apportez les modifications et soumettez-le de nouveau.
next-profile-submitted = Votre spécialiste de la sécurité de la chaîne d’approvisionnement examine le profil de sécurité que vous avez soumis.
next-staff-applicant = Un superviseur affecte un spécialiste de la sécurité de la chaîne d’approvisionnement à cette demande.
next-staff-under-review = La demande est en examen.
next-staff-profile-not-submitted = Le partenaire n’a pas encore soumis le profil de sécurité ({ $count ->
    [one] { $count } critère obligatoire est
   *[other] { $count } critères obligatoires sont
  } sans réponse).
next-staff-profile-returned = Le profil de sécurité a été renvoyé au partenaire : { $count ->
    [one] { $count } critère a été renvoyé
   *[other] { $count } critères ont été renvoyés
  }.
next-staff-profile-submitted = Le partenaire a soumis le profil de sécurité : examinez-le critère par critère.
next-certified = Vous êtes certifié (niveau I). Préparez votre première validation et tenez votre profil à jour.
next-validated = Vous êtes validé. Tenez votre profil à jour ; l’examen annuel et la prochaine validation sont indiqués ci-dessous.
next-suspended = Votre compte est suspendu. Soumettez un plan de mesures correctives au plus tard à la date limite ({ $date }), sinon le compte sera retiré.
next-suspended-answered = Votre plan de mesures correctives a été reçu ; un superviseur statuera sur la réintégration.
next-removed = Votre compte a été radié. Date limite pour interjeter appel : { $date }.
next-removed-appealed = Votre appel a été interjeté ; l’Administration centrale statuera.
next-closed = Ce compte est fermé.
next-missing-data = Certaines données obligatoires sont manquantes (énumérées ci-dessous). Fournissez-les, sinon le compte pourrait être suspendu.
missing-id_ior = Numéro IOR
missing-id_ein = EIN
missing-id_duns = Numéro D-U-N-S
missing-id_broker_license = Numéro de permis de courtier
missing-id_filer_code = Code de déclarant
missing-id_mid = Identifiant du fabricant (MID)
missing-id_rfc = RFC
missing-id_scac = SCAC
missing-id_usdot = Numéro USDOT
missing-id_sct_permit = Numéro de permis SCT
missing-id_iata_carrier = Code de compagnie aérienne IATA
missing-id_iata_cargo = Numéro d’agent de fret IATA
missing-id_fmc_org = Numéro d’organisation FMC
missing-id_fmc_mto = Numéro d’exploitant de terminal maritime FMC
missing-id_logistics_license = Permis ou cautionnement (FMC, TSA, CBP ou DOT)
missing-id_ein_or_duns = EIN ou numéro D-U-N-S
missing-id_fmc_org_or_iata_cargo = Numéro d’organisation FMC ou numéro d’agent de fret IATA
missing-contacts = Au moins deux personnes-ressources
missing-primary_officer = Une personne-ressource principale qui est un dirigeant
missing-alternate_contact = Une personne-ressource suppléante
missing-office_us_ca = Un bureau avec personnel aux États-Unis ou au Canada
missing-office_us = Un bureau avec personnel aux États-Unis
history-application-started = Demande commencée
history-application-organization-saved = Organisation enregistrée
history-application-addresses-saved = Adresses enregistrées
history-application-identifiers-saved = Identifiants et cautionnement enregistrés
history-application-agreement-signed = Entente de partenariat signée
history-account-application-submitted = Demande soumise
history-account-scss-assigned = SCSS affecté
history-account-certification-recommended = Certification recommandée
history-account-certified = Certifié
history-account-rejected = Demande rejetée
history-account-declared-ineligible = Déclaré non admissible
history-account-validated = Validé
history-account-suspension-proposed = Suspension proposée
history-account-suspended = Suspendu
history-account-reinstated = Réintégré
history-account-removed = Radié
history-account-withdrawn = Retiré
history-contact-added = Personne-ressource ajoutée
history-contact-updated = Personne-ressource modifiée
history-contact-removed = Personne-ressource retirée
history-account-user-invited = Personne invitée
history-account-user-joined = Personne ajoutée au compte
history-account-viewed-by-staff = Consulté par le personnel du programme

## Program work
nav-queue = File de travail
card-queue-title = File de travail
card-queue-text = Comptes à examiner et à trancher, avec leurs échéances.
queue-title = File de travail
queue-intro = Les comptes dont vous vous occupez, l’échéance la plus proche en premier, avec la décision que chacun attend. Les demandes d’adhésion doivent faire l’objet d’une décision dans les 90 jours.
queue-pending-only = Seulement les comptes en attente d’une décision
queue-unassigned-only = Seulement les comptes sans SCSS
queue-filter = Filtrer
queue-next-action = En attente de
queue-next-deadline = Prochaine échéance
queue-target = Objectif de 90 jours
queue-empty = Aucun compte ne correspond.
queue-more = Plus de comptes
queue-sort = Ordre
queue-sort-deadline = Échéance la plus proche en premier
queue-sort-newest = Compte le plus récent en premier
filter-any = Tous
pending-assignment = Affectation d’un SCSS
pending-certification = Décision de certification
pending-suspension = Décision de suspension
pending-reinstatement = Décision de réintégration
pending-appeal = Décision sur l’appel
staff-actions = Actions du programme
partner-actions = Actions
field-reason = Motif
field-scss = Spécialiste de la sécurité de la chaîne d’approvisionnement
field-decision = Décision
decision-yes = Approuver
decision-no = Refuser
action-assign-scss = Affecter un SCSS
action-recommend-certification = Recommander la certification
recommend-profile-approved = Profil de sécurité : chaque critère est accepté.
recommend-profile-in-review = Profil de sécurité : soumis, votre examen n’est pas terminé.
recommend-profile-returned = Profil de sécurité : { $count ->
    [one] { $count } critère est renvoyé
   *[other] { $count } critères sont renvoyés
  } au partenaire.
recommend-profile-not-submitted = Profil de sécurité : pas encore soumis.
action-certify = Certifier (niveau I)
action-reject = Rejeter la demande
action-declare-ineligible = Déclarer non admissible
action-propose-suspension = Proposer une suspension
action-decide-suspension = Statuer sur la proposition de suspension
action-submit-cap = Soumettre le plan de mesures correctives
action-reinstate = Accepter le plan de mesures correctives et réintégrer
action-remove = Radier du programme
action-file-appeal = Faire appel de la radiation
action-decide-appeal = Statuer sur l’appel
action-withdraw = Se retirer du programme
notice-action-assign-scss = Le SCSS a été affecté.
notice-action-recommend-certification = La certification a été recommandée ; un superviseur décidera.
notice-action-certify = Le compte est certifié.
notice-action-reject = La demande a été rejetée.
notice-action-declare-ineligible = La demande a été déclarée non admissible.
notice-action-propose-suspension = La suspension a été proposée ; un superviseur décidera.
notice-action-decide-suspension = Il a été statué sur la proposition de suspension.
notice-action-submit-cap = Le plan de mesures correctives a été soumis.
notice-action-reinstate = Le compte a été réintégré.
notice-action-remove = Le compte a été radié.
notice-action-file-appeal = L’appel a été déposé ; l’Administration centrale statuera.
notice-action-decide-appeal = Il a été statué sur l’appel.
notice-action-withdraw = Le compte a été retiré du programme.
decision-reason-eligibility_not_met = Conditions d’admissibilité non remplies
decision-reason-incomplete_application = Demande incomplète
decision-reason-security_profile_deficient = Profil de sécurité insuffisant
decision-reason-derogatory_information = Renseignements défavorables
decision-reason-false_information = Renseignements faux
suspension-reason-missing_mandatory_data = Données obligatoires manquantes
suspension-reason-failed_validation = Échec de la validation
suspension-reason-security_incident = Incident de sécurité
suspension-reason-overdue_annual_review = Examen annuel en retard
suspension-reason-false_information = Renseignements faux
removal-reason-false_information = Renseignements faux
removal-reason-security_incident = Incident de sécurité
removal-reason-repeated_non_compliance = Non-conformité répétée
removal-reason-failed_validation = Échec de la validation
removal-reason-other = Autre motif
notify-scss-assigned = Un spécialiste de la sécurité de la chaîne d’approvisionnement a été affecté et examinera la demande.
notify-certified = L’entreprise est maintenant certifiée (niveau I).
notify-decided = Motif : { $reason }.
notify-suspended = Motif : { $reason }. Soumettez un plan de mesures correctives au plus tard le { $date } ; à défaut, le compte sera retiré et toute nouvelle demande interdite pendant un an.
notify-reinstated = Le plan de mesures correctives a été accepté.
notify-expired = Aucun plan de mesures correctives n’a été reçu dans les 90 jours. Toute nouvelle demande est interdite pendant un an.
notify-removed = Motif : { $reason }. Vous pouvez faire appel jusqu’au { $date }.
notify-appeal-decided = L’Administration centrale a statué sur l’appel.
notify-withdrawn = L’entreprise s’est retirée du programme.
mail-status-changed-subject = Statut du compte C-TPAT : { $status }
mail-status-changed-body =
    Bonjour,

    Le compte C-TPAT de { $organization } (compte { $account }) est maintenant : { $status }.

    { $details }

    Détails et échéances : { $portal_url }/accounts/{ $account }

    Portail C-TPAT
history-account-suspension-proposal-declined = Proposition de suspension refusée
history-account-corrective-action-plan-submitted = Plan de mesures correctives soumis
history-account-suspension-expired = Retiré : suspension restée sans réponse
history-account-appeal-filed = Appel déposé
history-account-appeal-decided = Appel tranché
history-account-annual-review-approved = Examen annuel approuvé

## Bond and program policies
nav-bond-requests = Modifications du cautionnement
nav-policies = Politiques du programme
back-to-account = Retour au compte
bond-title = Cautionnement
bond-current = Cautionnement actuel
bond-none = Aucun cautionnement n’est enregistré.
bond-edit = Modifier le cautionnement
bond-request = Demander une modification du cautionnement
bond-request-intro = Les données de cautionnement sont tenues par votre spécialiste de la sécurité de la chaîne d’approvisionnement. Envoyez les nouvelles données ; le SCSS les approuvera ou les rejettera. La demande ne bloque rien d’autre dans votre compte.
bond-save = Enregistrer le cautionnement
bond-send-request = Envoyer la demande
bond-requests = Demandes de modification du cautionnement
bond-requests-none = Aucune demande de modification du cautionnement.
bond-requested-on = Demandé le
bond-request-pending = En attente du SCSS
bond-request-approved = Approuvée
bond-request-rejected = Rejetée
bond-reject = Rejeter
bond-decide = Enregistrer la décision
bond-open = Ouvrir
field-note = Note (obligatoire pour rejeter)
err-reject-needs-note = Indiquez pourquoi la demande est rejetée, afin que le partenaire puisse la corriger.
bond-pending-title = Demandes de modification du cautionnement à trancher
bond-pending-intro = Demandes des partenaires visant à modifier leurs données de cautionnement, les plus anciennes en premier.
notice-bond-saved = Le cautionnement a été enregistré.
notice-bond-requested = Votre demande a été envoyée à votre spécialiste de la sécurité de la chaîne d’approvisionnement.
notice-bond-decided = La décision a été enregistrée.
policies-title = Politiques du programme
policies-intro = Règles applicables à l’ensemble du programme, fixées par l’Administration centrale. Chaque modification est consignée.
policy-partners-may-edit-bond = Les partenaires peuvent modifier leurs propres données de cautionnement
policy-partners-may-edit-bond-hint = Désactivé par défaut : les partenaires demandent alors à leur SCSS de modifier le cautionnement. Activez-le lorsque tous les partenaires ont des données de cautionnement complètes.
policies-save = Enregistrer les politiques
notice-policy-saved = Les politiques ont été enregistrées.
history-bond-changed = Cautionnement modifié
history-bond-change-requested = Modification du cautionnement demandée
history-bond-change-approved = Modification du cautionnement approuvée
history-bond-change-rejected = Modification du cautionnement rejetée

## Compliance and validation groups
nav-compliance = Données obligatoires
nav-groups = Groupes de validation
compliance-title = Conformité des données obligatoires
compliance-intro = Tous les comptes du programme auxquels il manque des données obligatoires pour leur type d’entité, et ce qui leur manque. Sélectionnez des comptes pour les aviser ; à l’échéance, ceux auxquels il manque encore des données sont suspendus automatiquement.
compliance-lacking = Élément manquant
compliance-select = Sélectionner
compliance-missing = Manquant
compliance-notice = Échéance de l’avis
compliance-none = Tous les comptes ont leurs données obligatoires.
compliance-notify = Aviser et suspendre après ce nombre de jours
field-days = Jours avant la suspension
err-choose-at-least-one = Sélectionnez au moins un compte.
notice-compliance-notified = Les comptes sélectionnés ont été avisés.
deadline-compliance = Fournir les données obligatoires manquantes
groups-title = Groupes de validation
groups-intro = Comptes liés de sorte qu’une seule validation les couvre tous ; leurs dates de revalidation s’alignent sur la plus proche du groupe. Délier un compte rétablit son propre calendrier.
groups-aligned = Date de revalidation commune :
groups-own-date = Date de revalidation propre
groups-none = Aucun groupe de validation pour l’instant.
groups-create = Créer un groupe de validation
field-account = Numéro de compte du premier membre
err-account-number = Saisissez le numéro d’un compte dont vous vous occupez (il figure dans son adresse, /accounts/NUMÉRO).
err-already-in-group = Ce compte fait déjà partie d’un groupe de validation.
notice-group-created = Le groupe de validation a été créé.
notice-group-linked = Le compte a été lié au groupe de validation.
notice-group-unlinked = Le compte a été délié ; son propre calendrier s’applique de nouveau.
group-title = Groupe de validation
group-member-of = Ce compte fait partie du groupe de validation { $name }.
group-aligned-date = Sa revalidation est alignée sur le { $date }.
group-none = Ce compte ne fait partie d’aucun groupe de validation.
field-group = Groupe de validation
group-link = Lier au groupe
group-unlink = Délier du groupe
history-group-account-linked = Lié à un groupe de validation
history-group-account-unlinked = Délié de son groupe de validation
history-compliance-notice-sent = Avisé de données obligatoires manquantes
history-compliance-notice-resolved = Données manquantes fournies à temps
mail-missing-data-subject = Données obligatoires manquantes pour votre compte C-TPAT
mail-missing-data-body =
    Bonjour,

    Il manque au compte C-TPAT de { $organization } (compte { $account }) des données obligatoires pour son type d’entité :

    { $missing }

    Fournissez-les au plus tard le { $date } à l’adresse { $portal_url }/accounts/{ $account }. Si elles manquent encore à cette date, le compte sera suspendu.

    Portail C-TPAT
err-reapply-barred = Cette entreprise a été retirée après une suspension restée sans réponse ; elle pourra présenter une nouvelle demande pour ce type d’entité à partir du { $date }.
err-catalog-invalid = Le fichier du catalogue présente { $count } problème(s) ; le premier : { $first }
err-catalog-version-exists = La version { $version } du catalogue est déjà chargée ; attribuez une nouvelle version au nouveau fichier.

## Security Profile
profile-title = Profil de sécurité
profile-catalog = Version des critères
profile-versions = Versions soumises
profile-versions-count = { $count } version(s)
profile-edit-hint = Répondez à chaque critère qui s’applique à votre type d’entité. Vos réponses sont enregistrées comme brouillon ; rien n’est envoyé avant la soumission par un dirigeant.
profile-returned-first = Renvoyés pour modification — commencez ici
profile-returned-so-far = Renvoyés jusqu’à présent
profile-returned-so-far-hint = Votre spécialiste de la sécurité de la chaîne d’approvisionnement poursuit son examen. Ces critères pourront être modifiés une fois l’examen terminé ; vous en serez informé dans le portail et par courriel.
profile-returned-staff = Renvoyés au partenaire
profile-categories = Catégories des critères minimaux de sécurité
profile-category = Catégorie
profile-progress = Réponses
profile-answered-of = { $answered } réponse(s)
profile-submit-title = Soumettre le profil
profile-submit-intro = Chaque critère obligatoire a reçu une réponse. Un dirigeant signe la soumission ; votre spécialiste de la sécurité de la chaîne d’approvisionnement examine ensuite chaque critère.
profile-submit = Signer et soumettre le profil
profile-gaps-intro = Avant que le profil puisse être soumis :
field-confirm = Je confirme, au nom de l’entreprise, que ces réponses sont exactes et complètes.
profile-status-not_started = Non commencé
profile-status-draft = Brouillon
profile-status-submitted = Soumis, en examen
profile-status-returned = Renvoyé pour modification
profile-status-approved = Approuvé
profile-unanswered = Sans réponse
compliance-meets = Satisfait au critère
compliance-partially = Satisfait partiellement au critère
compliance-does_not_meet = Ne satisfait pas au critère
compliance-not_applicable = Sans objet (indiquez pourquoi)
level-must = Obligatoire
level-should = Recommandé
review-accepted = Accepté
review-returned = Renvoyé par votre SCSS
review-returned-staff = Renvoyé au partenaire
review-returned-tag = Renvoyé
review-revised-tag = Modifié depuis le renvoi
profile-guidance = Conseils de mise en œuvre
criterion-english = Le critère en anglais
profile-compliance = Conformité
profile-justification = Pourquoi il ne s’applique pas (obligatoire pour « sans objet »)
profile-narrative = Comment votre entreprise y satisfait
profile-narrative-hint = La procédure écrite, qui l’applique, à quelle fréquence et comment elle est vérifiée.
profile-narrative-staff = Comment l’entreprise y satisfait
profile-narrative-gap = Ce que votre entreprise fait aujourd’hui, et ce qui manque
profile-narrative-gap-hint = Décrivez les mesures en place et la partie du critère qu’elles ne couvrent pas encore.
profile-narrative-gap-read = Ce que l’entreprise fait aujourd’hui, et ce qui manque
profile-plan-legend = Plan de mesures correctives
profile-plan-hint = Seulement si la réponse est « satisfait partiellement » ou « ne satisfait pas » : ce que votre entreprise fera pour satisfaire au critère, qui s’en chargera et la date d’achèvement.
profile-plan = Le plan de mesures correctives
profile-plan-due = Date d’achèvement du plan
hint-date = Par exemple 2027-03-31.
review-decision = Décision sur { $id }
review-accept = Accepter
review-return = Renvoyer au partenaire avec un commentaire
review-comment = Commentaire au partenaire (obligatoire pour renvoyer)
review-save = Enregistrer les décisions
profile-save = Enregistrer
profile-save-next = Enregistrer et passer à la catégorie suivante
profile-saved-with-problems = Vos réponses sont enregistrées. Certaines demandent votre attention avant que le profil puisse être soumis.
autosave-saved = Brouillon enregistré à
autosave-check = Brouillon enregistré ; certaines réponses demandent votre attention — enregistré à
autosave-failed = Le brouillon n’a pas pu être enregistré automatiquement ; utilisez le bouton Enregistrer.
risk-title = Évaluation des risques
risk-intro = Les cinq étapes de l’évaluation des risques de la chaîne d’approvisionnement. Décrivez chaque étape ; joignez les documents détaillés comme pièces justificatives.
risk-step-1 = 1. Cartographier le flux des marchandises et identifier les partenaires commerciaux
risk-step-1-hint = Du point d’origine à la destination : chaque transfert, mode de transport, entrepôt et partenaire commercial.
risk-step-2 = 2. Effectuer une évaluation des menaces
risk-step-2-hint = Les menaces le long des itinéraires et aux endroits où les marchandises séjournent : terrorisme, contrebande, trafic de personnes, crime organisé, organismes nuisibles.
risk-step-3 = 3. Effectuer une évaluation des vulnérabilités au regard des critères minimaux de sécurité
risk-step-3-hint = Les points où chaque partenaire et chaque site ne satisfont pas aux critères.
risk-step-4 = 4. Préparer un plan d’action
risk-step-4-hint = Ce qui sera fait pour chaque vulnérabilité, par qui et dans quel délai.
risk-step-5 = 5. Documenter la façon dont les évaluations des risques sont effectuées
risk-step-5-hint = Qui les effectue, à quelle fréquence et comment les résultats sont conservés.
profile-version = Version
profile-signed-at = Signé
profile-version-kind = Type
profile-version-submission = Soumission
profile-version-annual_review = Examen annuel
profile-version-title = Version { $number }
profile-criterion = Critère
compare = Comparer
compare-left = De la version
compare-right = À la version
compare-title = Comparaison de la version { $a }
compare-changed = Modifié
notice-profile-saved = Vos réponses ont été enregistrées.
notice-profile-submitted = Le profil a été signé et soumis pour examen.
notice-profile-review-saved = Enregistré : { $accepted } accepté(s) et { $returned } renvoyé(s). Le profil reste entre vos mains jusqu’à ce que chaque critère ait fait l’objet d’une décision.
notice-profile-approved = Toutes les réponses sont acceptées : le profil est approuvé.
notice-profile-returned = Enregistré : { $accepted } accepté(s) et { $returned } renvoyé(s). Le profil a été renvoyé au partenaire avec vos commentaires ; il en est informé par courriel.
err-profile-na-justify = Indiquez pourquoi ce critère ne s’applique pas à votre entreprise.
err-profile-must-unanswered = Répondez au critère { $id } : il est obligatoire.
err-profile-returned-unchanged = Le critère { $id } a été renvoyé par votre SCSS ; modifiez votre réponse avant de soumettre de nouveau.
err-profile-under-review = Le profil est en examen ; les réponses pourront de nouveau être modifiées une fois l’examen terminé.
err-profile-only-officer-signs = Seul un dirigeant de l’entreprise peut signer et soumettre le profil.
err-profile-not-started = Remplissez le profil avant de le soumettre.
err-profile-incomplete = Le profil ne peut pas encore être soumis : { $count } élément(s) à revoir (voir la liste ci-dessous).
err-profile-must-confirm = Confirmez que les réponses sont exactes et complètes.
err-profile-not-submitted = Aucun profil soumis à examiner.
err-profile-return-needs-comment = Indiquez ce que le partenaire doit modifier.
err-review-comment-needs-decision = Choisissez Accepter ou Renvoyer pour ce critère, ou effacez son commentaire : un commentaire n’est envoyé qu’avec un renvoi.
err-review-nothing-decided = Rien n’a été enregistré : choisissez Accepter ou Renvoyer pour au moins un critère.
notify-profile-approved = Le profil de sécurité a été approuvé.
notify-profile-returned = Le profil de sécurité a été renvoyé pour modification ; les critères renvoyés figurent en premier sur la page du profil.
history-profile-started = Profil de sécurité commencé
history-profile-answers-saved = Réponses au profil enregistrées
history-profile-risk-assessment-saved = Évaluation des risques enregistrée
history-profile-submitted = Profil de sécurité soumis
history-profile-reviewed = Examen du profil enregistré
history-profile-approved = Profil de sécurité approuvé
history-profile-returned = Profil de sécurité renvoyé pour modification

## Evidence files
evidence-title = Pièces justificatives du critère { $id }
evidence-link = Pièces justificatives : { $count }
evidence-none = Aucune pièce justificative pour l’instant.
evidence-file = Fichier
evidence-size = Taille
evidence-uploaded = Téléversé
evidence-add = Ajouter un fichier
evidence-choose = Fichier à téléverser
evidence-hint = Formats acceptés : { $accepted }.
evidence-max = Au plus { $mb } Mo par fichier.
evidence-upload = Téléverser
notice-file-uploaded = Le fichier a été téléversé.
notice-file-removed = Le fichier a été retiré de ce critère.
error-upload-too-large = Le fichier dépasse la taille acceptée par le portail. Rien n’a été enregistré. Téléversez un fichier plus petit.
error-upload-title = Le téléversement n’a pas abouti
error-upload-broken = Le fichier n’est pas arrivé en entier. Rien n’a été enregistré ; réessayez.
err-file-empty = Le fichier est vide.
err-file-type-refused = Ce type de fichier n’est pas accepté : les pages Web, scripts et programmes sont refusés, quel que soit leur nom.
err-file-type-unknown = Ce type de fichier n’est pas accepté. Formats acceptés : { $accepted }.
err-file-type-mismatch = Le contenu du fichier ne correspond pas à son extension « .{ $ext } ». Formats acceptés : { $accepted }.
err-file-quota = L’espace de stockage de l’entreprise est plein (au plus { $mb } Mo). Supprimez les fichiers dont vous n’avez plus besoin.
err-file-missing = Choisissez un fichier à téléverser.
history-file-uploaded = Fichier téléversé
history-file-downloaded = Fichier téléchargé
history-evidence-removed = Pièce justificative retirée
library-title = Bibliothèque du partenaire
library-intro = Les documents du compte : versions approuvées du profil de sécurité, rapports de validation et lettres du programme (certification, suspension, réintégration et radiation). Chacun s’imprime proprement depuis le navigateur ; les lettres se téléchargent aussi en PDF. Les documents destinés à tous les partenaires se trouvent dans la Bibliothèque publique.
library-none = Aucun document pour l’instant.
library-document = Document
library-approved = Approuvé
library-profile = Profil de sécurité, version { $number }
profile-print-hint = Pour conserver une copie, imprimez cette page (ou enregistrez-la en PDF) depuis votre navigateur ; la navigation n’est pas imprimée.

## Catalog administration
nav-catalog = Catalogue des critères
catalog-title = Catalogue des critères minimaux de sécurité
catalog-intro = Les critères auxquels répondent les partenaires, chargés sous forme de versions. Le chargement d’une nouvelle version y fait passer tous les profils ouverts : les réponses aux critères inchangés sont reprises, les critères nouveaux ou modifiés sont signalés au partenaire.
catalog-versions = Versions chargées
catalog-version = Version
catalog-name = Titre
catalog-loaded = Chargée
catalog-current = En vigueur
catalog-load = Charger une nouvelle version
catalog-file = Fichier du catalogue (TOML)
catalog-file-hint = Vérifiez-le d’abord avec `ctpat catalog check FILE` ; chaque problème est indiqué ici avec sa ligne.
catalog-load-submit = Charger le catalogue
catalog-invalid = Le fichier du catalogue présente des problèmes ; rien n’a été chargé.
catalog-issue = Ligne { $line } :
catalog-shipped-title = Cette version du logiciel fournit la version { $version } du catalogue
catalog-shipped-intro = La base de données a démarré avec une version antérieure du logiciel et utilise encore une ancienne version du catalogue. La charger y fait passer tous les profils ouverts : les réponses aux critères inchangés sont reprises, les critères nouveaux ou modifiés sont signalés au partenaire.
catalog-shipped-submit = Charger la version { $version }
catalog-coverage = Ce que demande la version en vigueur
catalog-coverage-caption = Critères auxquels répond chaque type d’entité dans la version en vigueur
catalog-entity = Type d’entité
catalog-must = Obligatoire
catalog-should = Recommandé
catalog-to-verify = { $count } critères à vérifier par rapport aux documents du CBP
catalog-to-verify-intro = Ces critères ont été rédigés de mémoire par l’équipe d’après les documents de 2019 par type d’entité, qui n’étaient pas disponibles pour vérification (base « recall »). Vérifiez l’ID, le niveau et les types d’entité visés de chacun ; corrigez le fichier et chargez-le comme nouvelle version en cas d’écart.
notice-catalog-loaded = La nouvelle version du catalogue est chargée et en vigueur.
profile-flagged = Critères nouveaux ou modifiés auxquels répondre
profile-criterion-new = Nouveau ou modifié

## Annual review
annual-title = Examen annuel
annual-not-open = La période d’examen annuel s’ouvre le { $opens } ; l’examen est dû le { $due }.
annual-open = La période d’examen annuel est ouverte : examinez et mettez à jour votre profil, puis faites-le signer par un dirigeant au plus tard le { $due }. Seules les modifications apportées pendant la période comptent.
annual-overdue = L’examen annuel était dû le { $due } et est en retard. Signez-le dès que possible.
annual-submitted = Examen annuel (version { $number }) signé ; en attente d’approbation par votre spécialiste de la sécurité de la chaîne d’approvisionnement.
annual-changed = Critères mis à jour pendant cette période :
annual-sign = Signer l’examen annuel
annual-approve = Approuver l’examen annuel
notice-annual-signed = L’examen annuel a été signé et envoyé à votre SCSS.
notice-annual-approved = L’examen annuel est approuvé ; le prochain est dû dans un an.
err-annual-not-open = La période d’examen annuel n’est pas ouverte.
err-annual-nothing-to-approve = Aucun examen annuel signé à approuver.
history-annual-review-signed = Examen annuel signé
history-annual-review-approved = Examen annuel approuvé
history-annual-review-reminder-sent = Rappel d’examen annuel envoyé
mail-annual-reminder-subject = Examen annuel C-TPAT dû le { $date }
mail-annual-reminder-body =
    Bonjour,

    L’examen annuel du profil de sécurité de { $organization } (compte { $account }) est dû le { $date }.
    Examinez et mettez à jour le profil, puis faites signer l’examen annuel par un dirigeant : { $portal_url }/accounts/{ $account }/profile

    Seules les modifications apportées dans les 90 jours précédant la date d’échéance comptent pour l’examen.

    Portail C-TPAT
mail-annual-overdue-subject = Examen annuel en retard : compte { $account }
mail-annual-overdue-body =
    Bonjour,

    L’examen annuel de { $organization } (compte { $account }) était dû le { $date } et n’a pas été signé.
    Envisagez de proposer une suspension (motif : examen annuel en retard) : { $portal_url }/accounts/{ $account }

    Portail C-TPAT
next-staff-annual-overdue = L’examen annuel est en retard : envisagez de proposer une suspension pour le motif « examen annuel en retard ».
err-svi-format = Saisissez un numéro SVI sous la forme SVI- suivi de 8 lettres et chiffres (sans 0, O, 1, I ni L).
perm-manage-svi = Gérer les connexions et le partage de l’interface de vérification du statut

## SVI: connections, settings, verification, notifications
svi-title = Interface de vérification du statut (SVI)
svi-number-intro = Communiquez ce numéro à vos partenaires commerciaux : grâce à lui, ils peuvent demander à se connecter et voir si vous êtes certifié.
svi-not-eligible = La SVI s’ouvre une fois le compte actif (un numéro SVI est attribué lorsque la demande est soumise et acceptée pour examen). Les comptes fermés ne peuvent pas se connecter.
svi-not-participating = Ce compte a quitté la SVI. Les partenaires ne peuvent ni le trouver ni demander à se connecter.
svi-partners = Partenaires connectés
svi-partners-none = Aucun partenaire connecté pour l’instant.
svi-col-partner = Partenaire
svi-col-certified = Certifié
svi-col-contact = Personne-ressource principale
svi-col-since = Connecté depuis
svi-col-actions = Actions
svi-col-requested = Demandé le
svi-col-line = Ligne
svi-col-result = Résultat
svi-certified = Certifié
svi-not-certified = Non certifié
svi-not-shared = Non communiqué
svi-also = Autres comptes de cette organisation
svi-remove = Supprimer la connexion
svi-incoming = Demandes de connexion reçues
svi-outgoing = Demandes envoyées
svi-number-intro-staff = Les partenaires du compte utilisent ce numéro pour demander à se connecter et pour voir s’il est certifié.
svi-incoming-staff = Demandes de connexion reçues par ce compte
svi-outgoing-staff = Demandes envoyées par ce compte
svi-blocks-staff = Comptes bloqués par ce compte
svi-blocks-intro-staff = Ces comptes ne peuvent plus demander à se connecter tant que le partenaire n’a pas levé le blocage.
svi-accept = Accepter
svi-decline = Refuser
svi-withdraw = Retirer la demande
svi-decline-hint = Un refus bloque aussi les demandes ultérieures de ce compte jusqu’à ce que vous leviez le blocage.
svi-connect = Se connecter à un partenaire
svi-send-request = Envoyer la demande
field-svi_number = Numéro SVI du partenaire
hint-svi_number = Par exemple SVI-7KQ2M9XA. Demandez-le à votre partenaire.
field-q = Rechercher par nom d’entreprise
svi-search = Rechercher
svi-search-results = Entreprises trouvées
svi-search-none = Aucune entreprise participante ne correspond à ce nom.
svi-state-connected = Connecté
svi-state-pending = Demande en attente
svi-state-blocked = A refusé une demande antérieure
svi-blocks = Comptes que vous avez bloqués
svi-blocks-intro = Ces comptes ne peuvent plus demander à se connecter tant que vous n’avez pas levé le blocage.
svi-blocked-on = bloqué le
svi-unblock = Lever le blocage
svi-settings = Paramètres de partage
field-auto_accept = Accepter automatiquement les demandes de connexion
field-share_more = Partager davantage : les partenaires voient aussi notre niveau et notre personne-ressource principale
hint-share_more = Sinon, les partenaires ne voient que le nom de l’entreprise et si le compte est certifié.
field-scope = Comptes de notre organisation visibles par les partenaires
svi-scope-all = Tous les comptes de l’organisation
svi-scope-chosen = Seulement ce compte et ceux cochés ci-dessous
svi-scope-no-sisters = L’organisation n’a aucun autre compte.
field-accounts = Comptes partagés
svi-save-settings = Enregistrer les paramètres
svi-email-status = Envoyer notre statut par courriel à une entreprise hors programme
svi-email-status-intro = L’entreprise reçoit le numéro SVI de ce compte, l’indication qu’il est certifié ou non, et une invitation à adhérer à C-TPAT.
svi-email-send = Envoyer le courriel
svi-participation = Participation à la SVI
svi-leave-intro = Quitter la SVI met fin immédiatement à toutes les connexions et demandes ; les partenaires en sont informés.
svi-leave = Quitter la SVI
svi-join = Participer de nouveau à la SVI
svi-back = Retour à la SVI
svi-verify-title = Vérification en masse
svi-verify-intro = Téléversez un fichier CSV contenant jusqu’à { $max } numéros SVI, un par ligne (première colonne ; une ligne d’en-tête "svi_number" est permise). Vous obtenez un résultat par ligne, dans le même ordre.
field-svi_file = Fichier CSV
hint-svi_file = Texte UTF-8, un numéro SVI par ligne.
svi-verify-show = Afficher les résultats
svi-verify-csv = Télécharger les résultats en CSV
svi-verify-results = Résultats
svi-result-certified = Certifié
svi-result-not-certified = Non certifié
svi-result-unknown = Inconnu
svi-result-not-connected = Non connecté
svi-result-invalid-format = Format non valide
notifications-title = Notifications
notifications-none = Aucune notification.
notifications-new = Nouvelle
notifications-mark-read = Tout marquer comme lu
note-partner-status = { $name } ({ $svi }) est passé du statut { $previous } au statut { $status }.
note-profile-returned = Votre spécialiste de la sécurité de la chaîne d’approvisionnement a terminé l’examen et a renvoyé { $count ->
    [one] { $count } critère
   *[other] { $count } critères
  } de votre profil de sécurité : apportez les modifications et soumettez-le de nouveau.
note-open-profile = Ouvrir le profil de sécurité
note-open-svi = Ouvrir les connexions SVI
note-profile-approved = Votre spécialiste de la sécurité de la chaîne d’approvisionnement a accepté toutes les réponses : votre profil de sécurité est approuvé.
note-svi-request = { $name } ({ $svi }) demande à se connecter dans la SVI.
note-svi-connected = { $name } ({ $svi }) s’est connecté à vous (acceptation automatique).
note-svi-accepted = { $name } ({ $svi }) a accepté votre demande de connexion.
note-svi-disconnected = { $name } ({ $svi }) a mis fin à la connexion SVI.
notice-svi-requested = Votre demande a été envoyée.
notice-svi-requested-many = { $sent ->
    [0] Aucune demande n’a été envoyée
    [one] Une demande a été envoyée
   *[other] { $sent } demandes ont été envoyées
  } ; { $connected } connexion(s) immédiate(s) (ces partenaires acceptent automatiquement) ; { $skipped } ignorée(s) (déjà connecté ou déjà demandé, bloqué, ou ne participant pas à la SVI).
notice-svi-none-ticked = Aucun numéro n’a été coché ; aucune demande n’a donc été envoyée.
notice-svi-connected = Connecté : le partenaire accepte automatiquement les demandes.
notice-svi-accepted = La connexion est acceptée.
notice-svi-declined = La demande est refusée et ce compte est bloqué.
notice-svi-removed = C’est fait : la connexion ou la demande a pris fin.
notice-svi-unblocked = Le blocage est levé.
notice-svi-settings-saved = Les paramètres de partage sont enregistrés.
notice-svi-left = Vous avez quitté la SVI ; toutes les connexions ont pris fin.
notice-svi-joined = Le compte participe de nouveau à la SVI.
notice-svi-status-emailed = Le courriel a été mis en file d’attente pour envoi.
err-svi-not-active = Ce compte ne peut pas se connecter dans la SVI : il lui faut un numéro SVI et il ne doit pas être fermé.
err-svi-not-participating = Ce compte a quitté la SVI. Participez de nouveau pour vous connecter.
err-svi-unknown = Aucun compte participant n’a ce numéro SVI.
err-svi-self = Il s’agit du numéro SVI de votre propre compte.
err-svi-blocked = Ce compte a refusé une de vos demandes antérieures ; il doit d’abord lever le blocage.
err-svi-already = Vous êtes déjà connecté à ce compte, ou une demande est en attente.
err-svi-not-pending = Cette demande a déjà reçu une réponse.
err-svi-search-short = Saisissez au moins { $min } caractères du nom de l’entreprise.
err-svi-search-rate = Vous avez effectué de nombreuses recherches en peu de temps. Attendez { $seconds } secondes, puis recherchez de nouveau.
err-svi-scope-foreign = Choisissez uniquement d’autres comptes de votre propre organisation.
err-csv-encoding = Le fichier n’est pas du texte UTF-8 (ligne { $line }). Enregistrez-le au format « CSV UTF-8 » et téléversez-le de nouveau.
err-csv-line = La ligne { $line } contient des caractères qui ne peuvent pas faire partie d’un numéro SVI.
err-csv-too-many = Le fichier contient plus de { $max } numéros SVI. Répartissez-les dans plusieurs fichiers.
err-csv-empty = Le fichier ne contient aucun numéro SVI.
err-csv-none = Choisissez un fichier CSV à téléverser.
err-svi-none-ticked = Cochez au moins un numéro pour demander une connexion.
err-svi-too-many = Au plus { $max } numéros peuvent être demandés à la fois. Vérifiez une liste plus courte.
svi-verify-askable = { $count ->
    [one] { $count } numéro appartient à un partenaire du programme auquel vous n’êtes pas connecté. Son statut n’apparaît que par une connexion : demandez-en une, et il apparaîtra dès que le partenaire l’acceptera.
   *[other] { $count } numéros appartiennent à des partenaires du programme auxquels vous n’êtes pas connecté. Leur statut n’apparaît que par une connexion : demandez des connexions aux numéros cochés, et chacun apparaîtra dès que son partenaire l’acceptera.
  }
svi-col-request = Demander
svi-ask-label = Demander une connexion au numéro { $number }
svi-request-ticked = Demander des connexions aux numéros cochés
err-csv-too-large = Le fichier dépasse 1 Mo ; 10 000 numéros SVI tiennent dans bien moins. Vérifiez qu’il s’agit du bon fichier.
mail-partner-status-changed-subject = SVI : { $organization } a maintenant le statut { $status }
mail-partner-status-changed-body =
    Bonjour,

    Le statut C-TPAT de votre partenaire connecté { $organization } ({ $svi }) est passé de « { $previous } » à « { $status } ».

    Consultez vos connexions SVI : { $portal_url }

    Ce message vous a été envoyé parce que votre compte est connecté à ce partenaire dans l’interface de vérification du statut.
mail-svi-status-subject = Statut C-TPAT de { $organization }
mail-svi-status-body =
    Bonjour,

    { $organization } ({ $entity_type }) participe à C-TPAT, le partenariat douanier pour la sécurité de la chaîne d’approvisionnement.

    Numéro SVI : { $svi }
    Certifié : { $certified ->
        [yes] Oui
       *[no] Non
    }
    Date : { $date }

    Les entreprises participant au programme peuvent se connecter à ce numéro SVI dans le portail pour en suivre le statut.
    Pour adhérer vous-même au programme, présentez une demande à l’adresse { $portal_url }
perm-manage-api-tokens = Créer et révoquer les jetons d’API et les webhooks du compte
err-api-scopes = Choisissez au moins une portée.

## REST API problem titles
api-problem-unauthenticated = Un jeton d’API valide est requis
api-problem-forbidden = Ce jeton n’est pas autorisé à faire cela
api-problem-rate-limited = Trop d’appels : attendez avant de réessayer
api-problem-not-found = Introuvable
api-problem-not-connected = Non connecté à ce compte
api-problem-invalid-field = Un champ est manquant ou erroné
api-problem-unknown-field = La requête contient un champ que cet appel n’accepte pas
api-problem-malformed-body = Le corps n’est pas un objet JSON
api-problem-refused = La requête a été refusée
api-problem-timeout = La requête a pris trop de temps et a été interrompue
api-problem-too-large = Le corps dépasse la taille acceptée par l’API
api-problem-method-not-allowed = Méthode non autorisée
api-problem-unsupported-media-type = Type de média non pris en charge
api-problem-invalid-path = Paramètre de chemin mal formé
api-problem-changed-meanwhile = Modifié entre-temps par quelqu’un d’autre
api-problem-internal = Un problème est survenu de notre côté

## API tokens page
api-tokens-title = Jetons d’API
api-tokens-intro = Les systèmes de votre entreprise peuvent appeler l’API REST du portail avec un jeton de ce compte : rechercher et vérifier des partenaires dans la SVI, gérer les connexions. Chaque appel est consigné dans l’historique du compte.
api-openapi-link = Description de l’API (OpenAPI)
api-tokens-none = Ce compte n’a aucun jeton d’API.
api-col-token = Jeton
api-col-created = Créé
api-col-last-used = Dernière utilisation
field-scopes = Portées
api-scope-svi-read = rechercher et vérifier des partenaires, lister les connexions
api-scope-svi-write = demander, accepter et refuser des connexions
api-never-used = Jamais
api-token-live = Actif
api-token-revoked-on = Révoqué le
api-token-revoke = Révoquer
api-token-new = Créer un jeton
api-token-create = Créer le jeton
api-token-created = Jeton créé
api-token-copy-now = Copiez-le maintenant et conservez-le dans le coffre à secrets de votre système : il n’est affiché que cette fois-ci. Le portail n’en conserve qu’une empreinte.
api-token-secret = Le nouveau jeton
notice-api-token-revoked = Le jeton est révoqué ; les appels qui l’utilisent sont désormais refusés.
field-token_name = Nom du jeton
hint-token_name = Nommez le système qui l’utilisera, p. ex. « Vérification des fournisseurs ERP ».
err-type-array = Doit être un tableau.
err-type-string = Doit être une chaîne.
err-too-many = Au plus { $max } éléments sont acceptés.

## Webhooks page
webhooks-title = Webhooks
webhooks-intro = Vos systèmes peuvent être avertis immédiatement lorsque le statut d’un partenaire SVI connecté change. Chaque envoi est un POST JSON signé avec HMAC-SHA256 : l’en-tête X-CTPAT-Signature contient sha256= suivi du condensé hexadécimal de la valeur de X-CTPAT-Timestamp, d’un point et du corps, calculé avec le secret du point de terminaison. Les envois en échec sont relancés après 1, 5, 30, 120 et 720 minutes.
webhooks-endpoints = Points de terminaison
webhooks-none = Aucun point de terminaison n’est enregistré.
webhook-new = Enregistrer un point de terminaison
field-url = URL du point de terminaison (HTTPS)
hint-url = Par exemple https://erp.example.com/ctpat/events
webhook-add = Enregistrer le point de terminaison
webhook-created = Point de terminaison enregistré
webhook-secret-once = Copiez maintenant le secret de signature et conservez-le avec votre système de réception : il n’est affiché que cette fois-ci.
webhook-secret = Secret de signature
webhook-remove = Supprimer
webhooks-deliveries = Envois
webhooks-no-deliveries = Rien n’a encore été envoyé.
webhook-col-at = Mis en file
webhook-col-event = Événement
webhook-col-url = Point de terminaison
webhook-col-attempts = Tentatives
webhook-col-result = Résultat
webhook-col-next = Prochaine tentative
webhook-delivered = Livré (HTTP { $status })
webhook-gave-up = Abandonné : { $error }
webhook-queued = En file d’attente
webhook-retrying = Nouvelle tentative prévue : { $error }
webhook-removed-url = (point de terminaison supprimé)
notice-webhook-removed = Le point de terminaison est supprimé ; plus rien ne lui est envoyé.
err-url = Saisissez une adresse Web complète, par exemple https://erp.example.com/ctpat/events.
err-url-https = L’adresse doit commencer par https://.
err-upload-busy = Vous envoyez déjà { $max } fichiers. Attendez qu’ils soient arrivés, puis envoyez celui-ci.
err-mail-cap = Vous avez envoyé { $max } courriels par le portail au cours de la dernière heure, soit le maximum permis. Réessayez plus tard.
err-path-id = Doit être un nombre entier de 1 à 9223372036854775807.
err-api-tokens-cap = Un compte peut détenir au plus { $max } jetons actifs. Révoquez d’abord un jeton que vous n’utilisez plus.
err-webhooks-cap = Un compte peut enregistrer au plus { $max } webhooks. Supprimez d’abord un webhook que vous n’utilisez plus.
err-url-credentials = N’indiquez ni nom d’utilisateur ni mot de passe dans l’adresse ; vérifiez plutôt les envois avec le secret de signature.
err-url-private = L’adresse pointe vers un réseau privé ou interne ; utilisez une adresse HTTPS publique de votre système.
notifications-unread = { $count } nouvelle(s)

# Account history: the words for every recorded action.
history-access-denied = Accès refusé
history-account-user-removed = Personne retirée du compte
history-account-user-role-changed = Rôle d’une personne modifié
history-api-token-created = Jeton d’API créé
history-api-token-revoked = Jeton d’API révoqué
history-api-calls = Appels d’API
history-catalog-loaded = Catalogue des critères chargé
history-compliance-exported = Rapport de conformité exporté
history-demo-bond-removed = Cautionnement supprimé (données de démonstration)
history-devices-forgotten = Navigateurs mémorisés oubliés
history-group-created = Groupe de validation créé
history-invitation-accepted = Invitation acceptée
history-login-failed = Échec de la connexion
history-login-ok = Connexion
history-login-refused = Connexion refusée
history-logout = Déconnexion
history-mfa-disabled = Vérification en deux étapes désactivée
history-mfa-enrolled = Vérification en deux étapes activée
history-mfa-enrolment-failed = Échec de la configuration de la vérification en deux étapes
history-mfa-enrolment-started = Configuration de la vérification en deux étapes commencée
history-mfa-failed = Code de vérification refusé
history-notifications-read = Notifications marquées comme lues
history-password-changed = Mot de passe modifié
history-password-reset = Mot de passe réinitialisé
history-password-reset-requested = Réinitialisation du mot de passe demandée
history-policy-changed = Politique du programme modifiée
history-reauth-failed = Échec de la confirmation d’identité
history-session-ended = Session terminée
history-session-ended-others = Autres sessions terminées
history-staff-created = Membre du personnel créé
history-svi-accepted = Demande de connexion SVI acceptée
history-svi-accepted-by-partner = Un partenaire a accepté la demande de connexion SVI
history-svi-declined = Demande de connexion SVI refusée
history-svi-declined-by-partner = Un partenaire a refusé la demande de connexion SVI
history-svi-disconnected = Connexion SVI terminée
history-svi-joined = Adhésion à la SVI
history-svi-left = Retrait de la SVI
history-svi-request-received = Demande de connexion SVI reçue
history-svi-requested = Connexion SVI demandée
history-svi-settings-changed = Paramètres SVI modifiés
history-svi-status-emailed = Statut envoyé par courriel à un non-membre
history-svi-unblocked = Blocage SVI levé
history-svi-verified = Numéros SVI vérifiés
history-user-email-verified = Adresse courriel vérifiée
history-user-locale-changed = Langue modifiée
history-user-signed-up = Inscription
history-user-signup-duplicate = Inscription avec une adresse déjà enregistrée
history-webhook-created = Webhook enregistré
history-webhook-removed = Webhook supprimé
history-demo-user-created = Personne de démonstration créée

## Validations
validations-title = Validations
validations-intro = Une validation est la visite (en personne ou virtuelle) de votre spécialiste de la sécurité de la chaîne d’approvisionnement, qui compare votre profil de sécurité à ce que fait réellement votre entreprise. Vous recevez un préavis écrit d’au moins 30 jours ; les validations à venir, en cours et passées sont affichées ici.
validations-intro-staff = Validations de ce compte : à venir, en cours et passées. La planification d’une validation en avise chaque personne-ressource de chaque compte visé, dans le portail et par courriel.
validations-upcoming = À venir
validations-in-progress = En cours
validations-history = Passées
validations-none = Aucune.
validation-schedule = Planifier une validation
validation-schedule-button = Planifier et aviser le partenaire
validation-dates = Dates
validation-sites = Sites
validation-open = Ouvrir
validation-title = Validation
validation-details = Détails
validation-accounts = Comptes visés
validation-team = Équipe
validation-team-hint = Vous faites partie de l’équipe. Cochez les spécialistes qui vous accompagnent.
validation-short-notice = Motif du préavis réduit
validation-changes = Modifications
validation-reschedule = Reporter la validation
validation-reschedule-button = Reporter et aviser le partenaire
validation-cancel = Annuler la validation
validation-cancel-button = Annuler et aviser le partenaire
validation-notice-rule = Le partenaire reçoit un préavis écrit d’au moins { $days } jours : chaque personne-ressource de chaque compte visé est avisée dans le portail et par courriel. Un préavis plus court exige un motif consigné par un superviseur.
validation-group = Groupe de validation : { $name }
validation-sites-hint = Au moins un site national. Une validation virtuelle est indiquée comme site virtuel, en plus de celui-ci.
validation-sites-hint-foreign = Au moins un site national et un site étranger : ce type d’entité a un site à l’étranger.
validation-status-scheduled = Planifiée
validation-status-report_submitted = Rapport en attente d’un superviseur
validation-status-approved = Terminée
validation-status-cancelled = Annulée
validation-change-rescheduled = { $at } : reportée par { $by } (auparavant : { $from }). Motif : { $reason }
validation-change-cancelled = { $at } : annulée par { $by }. Motif : { $reason }
validation-notice-scheduled = validation planifiée
validation-notice-rescheduled = validation reportée
validation-notice-cancelled = validation annulée
site-kind-domestic = National
site-kind-foreign = Étranger
site-kind-virtual = Virtuel
field-start = Premier jour
field-end = Dernier jour
field-short_notice_reason = Motif d’un préavis plus court que celui du programme (superviseurs seulement)
field-change_reason = Motif de la modification (le partenaire le lira)
field-cancel_reason = Motif de l’annulation (le partenaire le lira)
field-whole_group = Inclure tous les comptes du groupe dans cette validation
field-site_name = Site : nom et adresse
field-site_kind-1 = Type du site 1
field-site_kind-2 = Type du site 2
field-site_kind-3 = Type du site 3
field-site_kind-4 = Type du site 4
field-site_name-1 = Site 1 : nom et adresse
field-site_name-2 = Site 2 : nom et adresse
field-site_name-3 = Site 3 : nom et adresse
field-site_name-4 = Site 4 : nom et adresse
field-team = Équipe
field-sites = Sites
program-validations-title = Validations
nav-validations = Validations
program-validations-intro = Validations planifiées ou en cours, les plus proches d’abord.
validations-open-title = Planifiées et en cours
validations-due-title = Validations à effectuer
validations-due-intro = La première validation est due dans l’année qui suit la certification, les revalidations quatre ans après la dernière validation ; les comptes d’un groupe de validation partagent la date la plus proche du groupe. Les plus proches d’abord ; celles en retard sont signalées.
validations-due-window = Dues d’ici
validations-due-days = { $count } jours
validations-due-none = Aucune validation n’est due dans cette période.
validations-due-date = Échéance
validations-due-kind = Type
validations-due-scheduled = Planifiée pour
validations-due-group = Groupe de validation : { $name }
validations-overdue = En retard
validation-kind-first = Première validation
validation-kind-revalidation = Revalidation
notice-validation-scheduled = La validation est planifiée ; chaque personne-ressource des comptes visés a été avisée.
notice-validation-rescheduled = La validation a été reportée ; toutes les personnes visées ont été avisées de nouveau.
notice-validation-cancelled = La validation est annulée ; toutes les personnes visées ont été avisées.
err-validation-not-certified = Une validation se planifie pour un compte certifié ou validé.
err-validation-already-open = Un des comptes visés a déjà une validation planifiée ou en cours : reportez plutôt celle-ci.
err-validation-short-notice = Le premier jour doit être au moins { $days } jours après aujourd’hui (le préavis écrit du partenaire) ; seul un superviseur peut la planifier plus tôt, en consignant le motif.
err-validation-end-before-start = Le dernier jour ne peut pas précéder le premier jour.
err-validation-domestic-site = Indiquez au moins un site national.
err-validation-foreign-site = Indiquez un site étranger : ce type d’entité a un site à l’étranger.
err-validation-not-scheduled = Seule une validation planifiée peut être reportée ou annulée.
err-validation-reason = Indiquez pourquoi la validation change : le partenaire le lira.
deadline-validation-scheduled = Début de la validation
note-validation-scheduled = Une validation est planifiée du { $start } au { $end }.
note-validation-rescheduled = La validation a été reportée : elle aura lieu du { $start } au { $end }. Motif : { $reason }
note-validation-cancelled = La validation du { $start } au { $end } est annulée. Motif : { $reason }
note-open-validations = Ouvrir les validations
validation-reason-line = Motif : { $reason }
history-validation-scheduled = Validation planifiée
history-validation-rescheduled = Validation reportée
history-validation-cancelled = Validation annulée
mail-validation-notice-subject = C-TPAT, { $what } : { $start }
mail-validation-notice-body =
    Bonjour,

    Pour le compte C-TPAT de { $organization } (compte { $account }) : { $what }.

    Dates : du { $start } au { $end }
    Sites : { $sites }
    { $reason }

    Détails : { $portal_url }/accounts/{ $account }/validations

    Portail C-TPAT
findings-title = Constats
findings-none = Aucun constat consigné.
finding-kind-required_action = Mesure requise
finding-kind-recommendation = Recommandation
finding-kind-best_practice = Pratique exemplaire
finding-status-open = En attente du partenaire
finding-status-answered = Répondu, en attente du SCSS
finding-status-closed = Clos
finding-site = Site
finding-site-none = Non rattaché à un site
finding-due = Réponse attendue
finding-response = Votre réponse : ce que l’entreprise a fait ou fera
finding-answer = Envoyer la réponse
finding-comment = Commentaire pour le partenaire
finding-close = Clore le constat
finding-reopen = Rouvrir le constat
finding-record = Consigner un constat
finding-record-button = Consigner le constat et aviser le partenaire
finding-note-response = { $at }, { $by } a répondu : { $text }
finding-note-closed = { $at }, { $by } l’a clos : { $text }
finding-note-reopened = { $at }, { $by } l’a rouvert : { $text }
field-finding_kind = Type de constat
field-finding_criteria = Critères des CMS (ID, par exemple 4.1, 4.2)
field-finding_site = Site
field-finding_text = Ce qui a été constaté
field-finding_due = Réponse attendue (mesures requises ; vide : dans 90 jours)
field-response = Votre réponse
field-comment = Commentaire
notice-finding-recorded = Le constat est consigné ; le partenaire a été avisé.
notice-finding-answered = Votre réponse a été envoyée à votre spécialiste de la sécurité de la chaîne d’approvisionnement.
notice-finding-closed = Le constat est clos.
notice-finding-reopened = Le constat est rouvert ; le partenaire a été avisé.
err-finding-criteria = Indiquez au moins un critère des CMS par son ID.
err-finding-criterion-unknown = { $id } n’est pas un critère du catalogue.
err-finding-validation-closed = Les constats sont consignés et reçoivent une réponse pendant que la validation est ouverte.
err-finding-closed = Le constat est clos.
err-finding-not-closed = Le constat n’est pas clos.
note-finding-recorded = Un constat de validation a été consigné : { $kind }, critères { $criteria }. Répondez-y sur la page de la validation.
note-finding-closed = Votre spécialiste de la sécurité de la chaîne d’approvisionnement a clos un constat (critères { $criteria }).
note-finding-reopened = Votre spécialiste de la sécurité de la chaîne d’approvisionnement a rouvert un constat (critères { $criteria }) : voyez le commentaire.
notify-finding-recorded = Un constat a été consigné lors de la validation pour les critères { $criteria }. Répondez-y dans le portail{ $due ->
    [none] .
   *[other] au plus tard le { $due }.
  }
history-validation-finding-recorded = Constat de validation consigné
history-validation-finding-answered = Réponse à un constat de validation
history-validation-finding-closed = Constat de validation clos
history-validation-finding-reopened = Constat de validation rouvert
report-title = Rapport
report-none = Aucun rapport pour l’instant.
report-outcome = Résultat
report-summary = Résumé
report-author = Rédigé par
report-approved-by = Approuvé
report-returned-by = Renvoyé par le superviseur
report-tier-three-reason = Justification du niveau III
report-follow-up-by = mesures requises attendues au plus tard le { $date }
report-submit = Soumettre le rapport
report-submit-button = Soumettre le rapport à l’approbation d’un superviseur
report-decide = Statuer sur le rapport
report-decide-button = Consigner la décision
report-approve = Approuver : le résultat s’applique à chaque compte visé
report-return = Le renvoyer à son auteur
report-outcome-validated = Validé (niveau II)
report-outcome-tier_three = Validé avec pratiques exemplaires (niveau III)
report-outcome-follow_up = Suivi requis
report-outcome-suspension = Proposer une suspension (échec de la validation)
field-report_summary = Résumé de la validation
field-report_outcome = Résultat proposé
field-report_follow_up_due = Échéance du suivi (seulement pour « Suivi requis »)
field-report_decision = Décision
field-report_comment = Commentaire
hint-report_comment = Obligatoire pour renvoyer le rapport (son auteur le lira) et pour approuver le niveau III (justification).
validation-summary-title = Résumé de la validation
notice-report-submitted = Le rapport est soumis ; un superviseur statuera.
notice-report-approved = Le rapport est approuvé et son résultat appliqué à chaque compte visé.
notice-report-returned = Le rapport est renvoyé à son auteur.
err-report-not-open = Le rapport se rédige pendant que la validation est ouverte.
err-report-not-submitted = Aucun rapport n’attend de décision.
err-report-return-comment = Indiquez ce que l’auteur doit modifier.
err-report-tier-three-reason = Consignez pourquoi l’entreprise mérite le niveau III.
notify-validated = Le rapport de validation est approuvé : l’entreprise est validée.
history-validation-report-submitted = Rapport de validation soumis
history-validation-report-approved = Rapport de validation approuvé
history-validation-report-returned = Rapport de validation renvoyé
library-validation = Résumé de la validation du { $date }
deadline-finding-response = Répondre à la mesure requise constatée lors de la validation
history-validation-finding-reminder-sent = Rappel de l’échéance d’un constat envoyé
mail-finding-reminder-subject = Constat de validation C-TPAT : réponse attendue le { $date }
mail-finding-reminder-body =
    Bonjour,

    Une mesure requise constatée lors de la validation du compte { $account } (critères { $criteria }) doit recevoir une réponse au plus tard le { $date }.

    Répondez-y dans le portail : { $portal_url }/accounts/{ $account }/validations

    Portail C-TPAT
queue-overdue-finding = Réponse à un constat en retard
history-demo-finding-due-moved = Échéance de réponse d’un constat avancée (données de démonstration)
action-confirm-withdraw = Je retire ce compte du programme C-TPAT au nom de l’entreprise. Les partenaires SVI connectés sont avisés, et l’entreprise pourra présenter une nouvelle demande plus tard.
err-withdraw-confirm = Cochez la case pour confirmer le retrait.
refusal-reinstate-missing-data = Le compte ne peut pas être réintégré tant que ses données obligatoires sont incomplètes : { $count ->
    [one] { $count } élément manque
   *[other] { $count } éléments manquent
  } encore (voir la liste sur le compte).
err-group-other-company = Un groupe de validation réunit les comptes d’une seule entreprise, ou d’une société mère et de ses filiales : consignez d’abord la société mère.
err-parent-loop = Une entreprise ne peut être ni sa propre société mère, ni la société mère de sa société mère.
history-organization-parent-set = Société mère consignée
group-parent = Société mère
group-parent-none = Aucune société mère consignée.
group-parent-of = Filiale de { $name } (compte { $account }).
field-parent = Numéro de compte de la société mère (vide : aucune)
group-parent-save = Consigner la société mère
notice-parent-set = La société mère est consignée.
missing-bond_type_importer = Un cautionnement d’importation continu (le cautionnement au dossier est d’un autre type)
missing-bond_type_air_carrier = Un cautionnement de transporteur international (le cautionnement au dossier est d’un autre type)
missing-bond_type_sea_carrier = Un cautionnement de transporteur international (le cautionnement au dossier est d’un autre type)
missing-bond_type_rail_carrier = Un cautionnement de transporteur public (le cautionnement au dossier est d’un autre type)
missing-bond_type_consolidator = Un cautionnement de transporteur international ou un cautionnement de dépositaire (le cautionnement au dossier est d’un autre type)
finding-files = Fichiers joints à la réponse
finding-file = Un fichier pour la réponse (pièce justificative)
hint-finding-file = PDF, image ou document bureautique ; même limite de taille que pour les pièces justificatives du profil de sécurité.
finding-file-upload = Joindre le fichier
deadline-reminder-certification-target = l’objectif de 90 jours pour la décision de certification
deadline-reminder-response = la réponse à la suspension (plan de mesures correctives)
deadline-reminder-appeal = le dernier jour pour faire appel de la radiation
deadline-reminder-appeal-decision = la décision sur l’appel (HQ)
deadline-reminder-validation = la date d’échéance de la validation
history-deadline-reminder-sent = Rappel d’échéance envoyé
mail-deadline-reminder-subject = Échéance C-TPAT le { $date } : { $what }
mail-deadline-reminder-body =
    Bonjour,

    Pour le compte C-TPAT { $account } : { $what }, échéance le { $date }.

    Détails : { $portal_url }/accounts/{ $account }

    Portail C-TPAT
timers-title = Délais du programme
timers-intro = Les délais du programme, pour tous les comptes. Une modification s’applique aux dates calculées à partir de maintenant (les dates de chaque compte sont recalculées au prochain événement qui le concerne) et est consignée dans la piste d’audit.
timers-save = Enregistrer les délais
timer-default = Valeur par défaut du programme : { $value }
timer-unit-days = jours
timer-unit-years = ans
timer-certification-target = Objectif pour la décision de certification après la demande
timer-first-validation-within = Première validation due après la certification
timer-revalidation-years = Intervalle de revalidation
timer-validation-notice = Préavis écrit avant une validation
timer-finding-response = Délai de réponse à une mesure requise constatée lors d’une validation
timer-annual-review-window = Période de l’examen annuel avant son échéance
timer-suspension-response = Délai de réponse à une suspension
timer-reapply-bar = Interdiction de présenter une nouvelle demande après un retrait
timer-appeal-window = Délai pour faire appel d’une radiation
timer-appeal-window-false-information = Délai pour faire appel d’une radiation pour faux renseignements
timer-appeal-decision-within = Délai de décision de HQ sur un appel
err-timer-range = Entrez un nombre entier de { $min } à { $max }.
notice-timers-saved = Les délais du programme sont enregistrés.
history-policy-timer-changed = Délai du programme modifié

## Corrective action plans and appeals
statement-corrective-action-plan = Plan de mesures correctives
statement-appeal = Appel de la radiation
statement-corrective-action-plan-intro = Expliquez la cause de la suspension, ce que vous avez fait et ferez pour y remédier, et dans quels délais. Joignez les pièces justificatives (politiques, registres, photos). Votre SCSS et un superviseur lisent le plan avant de statuer sur la réintégration.
statement-appeal-intro = Expliquez pourquoi la radiation devrait être annulée et joignez les pièces justificatives. L’Administration centrale statue sur l’appel.
statement-deadline = Envoyez-le au plus tard le { $date }.
statement-files = Pièces justificatives jointes
statement-files-none = Aucun fichier joint pour l’instant.
statement-file = Fichier à joindre
statement-file-hint = Jusqu’à { $max } Mo. Formats acceptés :
statement-attach = Joindre le fichier
statement-text = Votre exposé
field-statement-corrective-action-plan = Le plan
field-statement-appeal = Les motifs de l’appel
hint-statement-corrective-action-plan = Enregistrez-le comme brouillon aussi souvent que vous le souhaitez ; une fois envoyé, il ne peut plus être modifié.
hint-statement-appeal = Enregistrez-le comme brouillon aussi souvent que vous le souhaitez ; une fois envoyé, il ne peut plus être modifié.
field-body = L’exposé
statement-save = Enregistrer le brouillon
statement-send-corrective-action-plan = Envoyer le plan
statement-send-appeal = Interjeter appel
statement-officer-sends-corrective-action-plan = Un dirigeant ou un administrateur du compte de l’entreprise envoie le plan.
statement-officer-sends-appeal = Seul un dirigeant de l’entreprise interjette appel ; vous pouvez préparer l’appel.
statement-sent = Envoyé
statement-sent-none = Rien n’a encore été envoyé.
statement-sent-by = Envoyé par { $who }
statement-read-corrective-action-plan = Lire le plan de mesures correctives et ses pièces justificatives
statement-read-appeal = Lire l’appel et ses pièces justificatives
action-page-submit-cap = Rédigez le plan et joignez ses pièces justificatives sur sa propre page.
action-page-file-appeal = Rédigez l’appel et joignez ses pièces justificatives sur sa propre page.
notice-statement-saved = Votre brouillon a été enregistré.
notice-statement-sent-corrective-action-plan = Le plan de mesures correctives a été envoyé.
notice-statement-sent-appeal = L’appel a été interjeté.
refusal-statement-on-its-page = Un plan ou un appel s’envoie avec son texte, depuis sa propre page.
history-statement-drafted = Exposé rédigé
history-statement-sent = Exposé envoyé
queue-overdue-appeal = Décision sur l’appel en retard

## Eligibility declarations and cargo facilities
missing-cargo_facility = Au moins une installation de fret (indiquez vos trois principales selon le volume ou le risque)
missing-declaration_imported_last_12_months = Une déclaration selon laquelle l’entreprise a importé au cours des 12 derniers mois
missing-declaration_export_security_program = Une déclaration d’un programme documenté de sécurité des exportations
missing-declaration_broker_active_last_year = Une déclaration selon laquelle le courtier a exercé des activités de courtage en douane au cours de la dernière année
missing-declaration_crosses_border = Une déclaration selon laquelle le parc du transporteur franchit la frontière
missing-declaration_hauls_us_bound_cargo = Une déclaration selon laquelle le transporteur achemine du fret à destination des États-Unis
missing-declaration_isps_mtsa_compliant = Une déclaration de conformité au code ISPS et à la MTSA
missing-declaration_asset_based = Une déclaration selon laquelle le prestataire possède ses propres actifs
declarations-legend = Déclarations d’admissibilité
declarations-intro = Cochez ce qui s’applique à votre entreprise. Le programme s’y fie et le vérifie lors de la validation.
field-declare_imported_last_12_months = Nous avons importé des marchandises aux États-Unis ou au Canada au cours des 12 derniers mois.
field-declare_export_security_program = Nous avons un programme documenté de sécurité des exportations.
field-declare_broker_active_last_year = Nous avons exercé des activités de courtage en douane au cours de la dernière année.
field-declare_crosses_border = Notre parc franchit la frontière vers les États-Unis.
field-declare_hauls_us_bound_cargo = Nous acheminons du fret à destination des États-Unis.
field-declare_isps_mtsa_compliant = Nos navires sont conformes au code ISPS et à la MTSA.
field-declare_asset_based = Nous possédons nos propres actifs : nous possédons ou exploitons des entrepôts ou des véhicules.
declarations-none = Rien n’est à déclarer pour ce type d’entité.
declarations-fact = Déclaration
declarations-change = Ce qui s’applique à votre entreprise
declarations-save = Enregistrer les déclarations
declared-by = Déclaré par { $who }
declared-not = Non déclaré
notice-declarations-saved = Les déclarations ont été enregistrées.
history-account-declarations-changed = Déclarations d’admissibilité modifiées

## The Security Profile submitted with the application
missing-profile-answers = { $count ->
    [one] { $count } réponse est encore nécessaire avant que le profil puisse être soumis avec la demande.
   *[other] { $count } réponses sont encore nécessaires avant que le profil puisse être soumis avec la demande.
}
err-profile-submit-with-application = Le profil est soumis avec votre demande : signez l’entente de partenariat pour soumettre les deux.
profile-with-application-ready = Tous les critères obligatoires ont une réponse. Votre profil sera soumis avec votre demande lorsqu’un dirigeant signera l’entente de partenariat.
profile-with-application-sign = Aller à l’entente de partenariat
profile-with-application-gaps = Votre profil est soumis avec votre demande. Avant de pouvoir signer l’entente de partenariat, répondez à :
timer-reminder-first = Premier rappel avant une échéance
timer-reminder-second = Second rappel avant une échéance
err-reminder-order = Le second rappel doit être plus proche de l’échéance que le premier : moins de jours.

## The scheduler
nav-jobs = Tâches planifiées
jobs-title = Tâches planifiées
jobs-intro = Tous les délais du programme sont exécutés ici : les traitements récurrents et chaque rappel, planifiés jusqu’à deux jours à l’avance. Une tâche échouée est relancée avec une pause croissante, puis vous attend ici.
jobs-none = Aucune tâche en attente, en cours ou échouée.
jobs-when = Prévue
jobs-what = Tâche
jobs-attempts = Tentatives
jobs-error = Dernière erreur
jobs-action = Action
jobs-retry = Relancer
notice-job-retried = La tâche sera relancée d’ici une minute.
err-job-not-failed = Seule une tâche échouée peut être relancée.
job-status-pending = En attente
job-status-running = En cours
job-status-done = Terminée
job-status-failed = Échouée
job-sweep-suspensions = Retirer les comptes suspendus restés sans réponse
job-sweep-compliance = Avis de conformité arrivés à échéance
job-plan-reminders = Planifier les rappels
job-prune-jobs = Oublier les anciennes tâches terminées
job-reminder-deadline = Rappel d’échéance
job-reminder-finding = Rappel d’échéance d’un constat
job-reminder-annual = Étape de l’examen annuel
history-job-retried = Tâche planifiée relancée
job-plan-digests = Planifier les récapitulatifs quotidiens
job-digest = Récapitulatif quotidien des notifications

## The notification centre
mail-notification-subject = C-TPAT : { $text }
mail-notification-body =
    Bonjour,

    { $text }

    Ouvrez-la dans le portail : { $link }

    Vous choisissez comment être avisé de chaque type de notification sur la page de votre compte.

    Portail C-TPAT
mail-digest-subject = Vos notifications C-TPAT : { $count ->
    [one] { $count } nouvelle
   *[other] { $count } nouvelles
}
mail-digest-body =
    Bonjour,

    Depuis votre dernier récapitulatif :

    { $items }

    Toutes vos notifications : { $link }

    Portail C-TPAT
bell-label = { $count ->
    [0] Notifications, aucune non lue
    [one] Notifications, 1 non lue
   *[other] Notifications, { $count } non lues
}
centre-title = Vos notifications
centre-intro = Tout ce qui vous concerne, les plus récentes d’abord. Choisissez comment être avisé de chaque type sur la page des paramètres de notification.
centre-none = Vous n’avez aucune notification.
centre-unread = Non lue
centre-mark-read = Marquer comme lue
centre-mark-all = Tout marquer comme lu
centre-open = Ouvrir
centre-older = Notifications plus anciennes
centre-settings = Paramètres de notification
notice-centre-all-read = Toutes les notifications sont marquées comme lues.
prefs-title = Paramètres de notification
prefs-intro = Vous voyez toujours les notifications dans le portail. Choisissez, pour chaque type, si vous recevez aussi un courriel immédiatement, un courriel par jour les regroupant toutes, ou aucun courriel.
prefs-save = Enregistrer les paramètres
notice-prefs-saved = Vos paramètres de notification ont été enregistrés.
channel-in_app = Dans le portail seulement
channel-email = Courriel immédiat
channel-digest = Courriel récapitulatif quotidien
notice-kind-status = Décisions concernant un compte
notice-kind-profile = Examens du profil de sécurité
notice-kind-validation = Visites de validation
notice-kind-finding = Constats des validations
notice-kind-deadline = Échéances
notice-kind-statement = Plans de mesures correctives et appels
history-notifications-preferences-changed = Paramètres de notification modifiés
centre-status = { $organization } : { $status }. { $details }
centre-profile = { $organization } : profil de sécurité : { $status }. { $details }
notice-centre-read = La notification est marquée comme lue.
centre-validation = { $organization } : { $what }, du { $start } au { $end }. Sites : { $sites }. { $reason_line }
centre-finding = { $kind } : { $details }
perm-message-partners = Écrire aux partenaires au sujet de leurs comptes
notice-kind-message = Messages

## Messages
messages-title = Messages
messages-intro = Les conversations entre votre entreprise et le programme, par sujet. Les messages sont conservés tels qu’ils ont été rédigés : ils ne sont jamais modifiés ni supprimés.
messages-none = Aucune conversation pour l’instant.
messages-last = Dernier message
messages-new = Commencer une conversation
field-subject = Objet
field-message = Message
messages-send = Envoyer le message
messages-reply = Répondre
messages-attach = Fichier à envoyer
messages-send-file = Envoyer le fichier
messages-file = A envoyé un fichier :
messages-all = Toutes les conversations de ce compte
messages-program-staff = personnel du programme
inbox-title = Messages des partenaires
inbox-intro = Conversations des comptes dont vous êtes responsable, les plus récentes d’abord.
inbox-organization = Entreprise
notice-message-sent = Votre message a été envoyé.
centre-message = { $organization } : nouveau message de { $author } au sujet de « { $subject } ».
history-message-sent = Message envoyé
nav-inbox = Messages
centre-deadline = { $organization } : { $what }, échéance le { $date }.
centre-statement = { $organization } a envoyé : { $what }.
notice-kind-exchange = Documents échangés
centre-exchange = { $organization } : { $author } a envoyé le document { $name }.
history-exchange-sent = Document envoyé par l’échange de documents
history-exchange-opened = Document échangé ouvert

## Document Exchange
exchange-title = Échange de documents
exchange-intro = Les documents que votre entreprise et le programme s’envoient, accompagnés d’une note. L’autre partie est avisée, et vous voyez quand elle a ouvert chacun d’eux.
exchange-none = Aucun document n’a encore été échangé.
exchange-document = Document
exchange-note = Note
exchange-from = Envoyé par
exchange-sent = Envoyé
exchange-opened = Ouvert par l’autre partie
exchange-opened-on = Ouvert le { $date }
exchange-not-opened = Pas encore ouvert
exchange-ours = votre partie
exchange-send-title = Envoyer un document
exchange-send = Envoyer le document
notice-exchange-sent = Le document a été envoyé.
notice-kind-bond = Demandes de modification du cautionnement
notice-kind-svi = Partenaires commerciaux (SVI)
centre-bond-requested = { $organization } : { $author } demande de modifier le cautionnement.
centre-bond-decided = { $organization } : demande de modification du cautionnement : { $decision }. { $note }
err-too-many-messages = Vous avez envoyé { $max } messages au cours de la dernière heure ; attendez un peu avant d’en envoyer d’autres.
err-too-many-documents = Vous avez envoyé { $max } documents au cours de la dernière heure ; attendez un peu avant d’en envoyer d’autres.
centre-finding-deadline = { $organization } : la réponse au constat sur les critères { $criteria } est attendue le { $date }.
centre-annual-open = { $organization } : examen annuel dû le { $date } ; sa période est ouverte, et les modifications qui y sont apportées comptent.
centre-annual-due = { $organization } : examen annuel dû le { $date }.
centre-annual-overdue = { $organization } : examen annuel en retard depuis le { $date } ; envisagez de proposer une suspension.

## Company data after the application
address-kind-hq = Siège social
company-data-title = Données de l’entreprise
company-intro = Les données de l’entreprise au dossier. Les modifications du nom, des adresses et des identifiants se demandent ici et prennent effet lorsque votre spécialiste de la sécurité de la chaîne d’approvisionnement les approuve ; rien d’autre n’attend cette approbation.
company-organization = Organisation
company-addresses = Adresses
company-identifiers = Identifiants
company-requests = Demandes de modification
company-requests-none = Aucune modification n’a été demandée.
company-request-organization = Demander une modification des données de l’organisation
company-request-addresses = Demander une modification des adresses
company-request-identifiers = Demander une modification des identifiants
company-send-request = Envoyer la demande
company-decide = Consigner la décision
company-requested-on = Demandée
company-change-organization = les données de l’organisation
company-change-addresses = les adresses
company-change-identifiers = les identifiants
company-change-link = Données de l’entreprise et demandes de modification
notice-company-requested = Votre demande a été envoyée à votre SCSS.
notice-company-decided = La décision a été consignée.
centre-company-change-requested = { $organization } : { $author } demande de modifier { $what }.
centre-company-change-decided = { $organization } : demande de modifier { $what } : { $decision }. { $note }
history-company-change-requested = Modification des données de l’entreprise demandée
history-company-change-approved = Modification des données de l’entreprise approuvée
history-company-change-rejected = Modification des données de l’entreprise rejetée
# Field offices
nav-offices = Bureaux régionaux
offices-title = Bureaux régionaux
offices-intro = Le personnel travaille dans un bureau régional et les comptes sont rattachés à l’un d’eux. Un superviseur voit les comptes de son propre bureau et statue sur ceux-ci ; HQ voit tous les bureaux et déplace les comptes de l’un à l’autre.
offices-accounts = Comptes
offices-staff = Personnel
offices-unplaced-link = { $count ->
    [one] { $count } compte n’est pas encore rattaché à un bureau régional : le rattacher
   *[other] { $count } comptes ne sont pas encore rattachés à un bureau régional : les rattacher
}
offices-new = Nouveau bureau régional
offices-create = Créer le bureau
offices-rename = Renommer un bureau
offices-rename-submit = Renommer
field-office_code = Code
hint-office_code = De 2 à 8 lettres ou chiffres, par exemple HOU.
field-office_name = Nom
hint-office_name = Par exemple : Bureau régional de Houston.
field-office = Bureau régional
office-label = Bureau régional
office-none = Non rattaché à un bureau régional
office-none-short = —
office-place = Déplacer vers ce bureau
err-office-code = Utilisez de 2 à 8 lettres ou chiffres, sans espaces.
err-office-code-taken = Un autre bureau régional a déjà ce code.
err-office-same = Le compte est déjà rattaché à ce bureau.
notice-office-created = Le bureau régional a été créé.
notice-office-renamed = Le bureau régional a été renommé.
notice-office-placed = Le compte a été rattaché au bureau régional. Ses superviseurs ont été avisés.
notice-staff-office-changed = Le bureau régional du membre du personnel a été modifié.
staff-office-of = Bureau régional de { $name }
staff-office-save = Enregistrer le bureau de { $name }
centre-account-placed = { $organization } : compte rattaché au bureau { $office } ; affectez-y un SCSS de votre bureau.
history-account-office-changed = Bureau régional modifié
history-office-created = Bureau régional créé
history-office-renamed = Bureau régional renommé
history-staff-office-changed = Bureau régional d’un membre du personnel modifié
perm-curate-library = Publier des documents dans la Bibliothèque publique
perm-import-legacy-records = Importer des dossiers hérités depuis des fichiers CSV ou des classeurs (sur le serveur, avec ctpat import)
notice-kind-library = Bibliothèque publique
centre-library-published = Nouveau dans la Bibliothèque publique : { $title }, version { $version }, en vigueur à partir du { $date }.
job-notice-library = Aviser les partenaires d’un document de la bibliothèque
err-library-superseded = Une version plus récente de ce document a été publiée entre-temps. Choisissez la version en vigueur.
history-library-published = Document de la bibliothèque publié
# Public Library
nav-library = Bibliothèque
public-library-title = Bibliothèque publique
public-library-intro = Les documents que le programme publie pour tous les partenaires : les critères minimaux de sécurité, l’orientation, les formulaires, la formation et les avis du programme. Chacun affiche la version en vigueur ; les versions antérieures restent accessibles sur la page du document.
public-library-empty = Aucun document n’a encore été publié.
library-category-criteria = Critères minimaux de sécurité
library-category-guidance = Orientation
library-category-forms = Formulaires et modèles
library-category-training = Formation
library-category-notices = Avis du programme
library-file = Fichier
library-download = Télécharger { $title }
library-download-version = Télécharger la version { $version }
library-versions = Toutes les versions
library-current = En vigueur
library-superseded = Remplacée
library-publish-title = Publier un document
library-publish-intro = Les partenaires sont avisés de chaque nouveau document ou nouvelle version dans leurs notifications. Une nouvelle version remplace celle en vigueur, qui reste accessible.
library-publish = Publier
library-replaces-none = Un nouveau document
field-replaces = Nouvelle version de
hint-replaces = Choisissez le document que ce fichier remplace, ou publiez un nouveau document.
field-library_title = Titre
field-library_category = Catégorie
field-library_version = Version
hint-library_version = Selon la numérotation du programme, par exemple 2.1.
field-effective_on = En vigueur à partir du
hint-effective_on = AAAA-MM-JJ
field-library_note = Ce qui a changé (facultatif)
notice-library-published = Le document a été publié. Les partenaires en seront avisés dans leurs notifications.
# Letters of the program
letter-letterhead = Partenariat douane-commerce contre le terrorisme (C-TPAT)
letter-reference = Référence
letter-pdf = Télécharger en PDF
letter-salutation = Madame, Monsieur,
letter-closing = Salutations distinguées,
letter-certification-title = Lettre de certification
letter-certification-subject = Certification de { $organization } au programme C-TPAT
letter-certification-body-1 = Nous avons le plaisir de vous informer que l’entreprise { $organization } a été certifiée le { $date } à titre de partenaire du Partenariat douane-commerce contre le terrorisme, dans le type d’entité { $entity }, au niveau { $tier }.
letter-certification-body-2 = Votre numéro d’interface de vérification du statut (SVI) est le { $svi }. Vos partenaires commerciaux peuvent l’utiliser dans le portail pour vérifier votre adhésion.
letter-certification-body-3 = L’adhésion exige que votre profil de sécurité soit tenu à jour : l’examen annuel est dû au plus tard le { $due }, et le programme validera vos mesures de sécurité de la chaîne d’approvisionnement au plus tard le { $validation }.
letter-certification-signer = Programme de sécurité de la chaîne d’approvisionnement, superviseur
letter-suspension-title = Lettre de suspension
letter-suspension-subject = Suspension de { $organization } du programme C-TPAT
letter-suspension-body-1 = La présente vous informe que l’adhésion de { $organization } dans le type d’entité { $entity } a été suspendue le { $date }. Motif : { $reason }.
letter-suspension-body-2 = Pendant la suspension, votre entreprise ne bénéficie pas des avantages du programme, et les partenaires commerciaux qui vérifient votre statut le voient comme suspendu.
letter-suspension-body-3 = Vous pouvez répondre par un plan de mesures correctives dans le portail au plus tard le { $due }. Sans réponse à cette date, le compte est retiré du programme.
letter-suspension-signer = Programme de sécurité de la chaîne d’approvisionnement, superviseur
letter-reinstatement-title = Lettre de réintégration
letter-reinstatement-subject = Réintégration de { $organization } au programme C-TPAT
letter-reinstatement-body-1 = Nous avons le plaisir de vous informer que l’adhésion de { $organization } dans le type d’entité { $entity } a été rétablie le { $date }.
letter-reinstatement-body-2 = Les avantages du programme s’appliquent de nouveau à partir de cette date. Votre numéro d’interface de vérification du statut (SVI) { $svi } indique de nouveau que votre entreprise est membre.
letter-reinstatement-signer = Programme de sécurité de la chaîne d’approvisionnement
letter-removal-title = Lettre de radiation
letter-removal-subject = Radiation de { $organization } du programme C-TPAT
letter-removal-body-1 = La présente vous informe que l’entreprise { $organization } a été radiée du programme dans le type d’entité { $entity } le { $date }. Motif : { $reason }.
letter-removal-body-2 = Vous pouvez faire appel de cette décision dans le portail au plus tard le { $due }. L’Administration centrale statue sur chaque appel et vous informe de sa décision.
letter-removal-signer = Programme de sécurité de la chaîne d’approvisionnement, Administration centrale
err-group-outside-reach = Ce groupe de validation comprend un compte dont vous n’êtes pas responsable (celui d’un autre bureau régional ou d’un autre SCSS). Adressez-vous à un superviseur de ce bureau ou à HQ.
# A staff member's day
today-title = Ce qui vous attend aujourd’hui
today-waiting = en attente
today-decisions = { $count ->
    [0] Aucune décision ne vous attend
    [one] Une décision vous attend
   *[other] { $count } décisions vous attendent
}
today-reviews = { $count ->
    [0] Aucun profil de sécurité à examiner
    [one] Un profil de sécurité à examiner
   *[other] { $count } profils de sécurité à examiner
}
today-due-week = { $count ->
    [0] Aucune échéance cette semaine
    [one] Une échéance cette semaine
   *[other] { $count } échéances cette semaine
}
today-overdue = { $count ->
    [0] Rien en retard
    [one] Un compte dont l’échéance est passée
   *[other] { $count } comptes dont l’échéance est passée
}
today-messages = { $count ->
    [0] Aucun message non lu
    [one] Un message non lu
   *[other] { $count } messages non lus
}
today-bond-requests = { $count ->
    [0] Aucune demande de modification du cautionnement
    [one] Une demande de modification du cautionnement à trancher
   *[other] { $count } demandes de modification du cautionnement à trancher
}
today-unplaced = { $count ->
    [0] Chaque demande est rattachée à un bureau régional
    [one] Une demande à rattacher à un bureau régional
   *[other] { $count } demandes à rattacher à un bureau régional
}
# Program reports
nav-reports = Rapports
reports-title = Rapports du programme
reports-intro = Le programme en chiffres, pour les comptes auxquels vous avez accès. Les comptes fermés (retirés, rejetés, non admissibles) ne sont comptés que dans le rapport par statut. Les chiffres de chaque graphique figurent dans le tableau qui le suit.
reports-none = Aucun compte à dénombrer.
reports-accounts = Comptes
report-status-title = Comptes par statut
report-status-desc = Une barre pour chaque statut du programme, de demandeur à radié, proportionnelle à son nombre de comptes.
report-entity-title = Comptes ouverts par type d’entité
report-entity-desc = Une barre pour chaque type d’entité ayant des comptes ouverts, par ordre décroissant.
report-office-title = Comptes ouverts par bureau régional
report-office-desc = Une barre pour chaque bureau régional ayant des comptes ouverts, et une pour les comptes non rattachés à un bureau, par ordre décroissant.
report-workload-title = Charge de travail de chaque SCSS
report-workload-desc = Une barre pour chaque spécialiste de la sécurité de la chaîne d’approvisionnement, proportionnelle à son nombre de comptes ouverts qui lui sont attribués, et une pour les comptes sans SCSS.
report-due-title = Validations à effectuer
report-due-desc = Quatre barres : les validations déjà en retard, et celles dues d’ici 90, 180 et 365 jours (chaque période inclut les plus courtes).
report-due-when = Échéance
report-due-overdue = En retard
report-due-within = D’ici { $days } jours
report-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
report-cert-title = Jours jusqu’à la certification
report-cert-count = Comptes certifiés
report-cert-median = Délai médian entre la demande et la certification
report-cert-p90 = 90e centile (neuf sur dix ont été plus rapides)
report-cert-target = L’objectif du programme
report-cert-within = Certifiés dans le délai visé
report-trend-title = Jours jusqu’à la certification, par mois de certification
report-trend-desc = Une barre pour chaque mois comptant des certifications, proportionnelle au nombre médian de jours entre la demande et la certification ce mois-là.
report-trend-head = Mois
report-trend-month = { $month } (certifications : { $count })
report-reasons-title = Suspensions et radiations par motif
report-reasons-desc = Une barre pour chaque motif de suspension ou de radiation d’une entreprise, proportionnelle au nombre de cas, par ordre décroissant.
report-reasons-head = Décision et motif
report-reason-suspended = Suspension : { $reason }
report-reason-removed = Radiation : { $reason }
report-annual-overdue = { $count ->
    [0] Aucun examen annuel n’est en retard.
    [one] Un examen annuel est en retard.
   *[other] { $count } examens annuels sont en retard.
}
reports-export = Télécharger tous les rapports en CSV
reports-csv-report = Rapport
reports-csv-label = Ligne
history-reports-exported = Rapports exportés

## Imports of legacy records
imports-title = Importations de dossiers hérités
imports-intro = Le rapport sur la qualité des données de chaque importation énumère les comptes importés auxquels manquaient des données obligatoires, avec le fichier et la ligne d’origine de chacun et la mesure prise. Les comptes auxquels il manque encore des données figurent dans le rapport ci-dessus.
imports-when = Date d’importation
imports-files = Fichiers
imports-records = Dossiers
imports-counts = Créés : { $created }, mis à jour : { $updated }, inchangés : { $unchanged }
imports-lacking = Comptes auxquels il manque des données
imports-choice = Mesure choisie
imports-choice-notice = Avis avec échéance
imports-choice-suspend = Suspendu jusqu’à ce qu’il soit admissible
imports-report = Rapport sur la qualité des données
imports-download = Rapport de l’importation { $id } (CSV)
imported-title = Dossiers importés
imported-intro = Ce compte provient d’un système hérité. Chaque dossier ci-dessous peut être retracé jusqu’à son fichier et sa ligne.
imported-records = Dossiers importés
imported-sheet = Feuille
imported-legacy-id = ID hérité
imported-source = Source
imported-at-line = { $file }, ligne
imported-legacy = Valeurs héritées que le portail ne modélise pas
imported-column = Colonne
imported-value = Valeur
history-import-account-created = Compte importé d’un fichier hérité
history-import-account-updated = Compte corrigé par un fichier hérité
history-import-contact-created = Personne-ressource importée d’un fichier hérité
history-import-contact-updated = Personne-ressource corrigée par un fichier hérité
history-import-address-updated = Adresse corrigée par un fichier hérité
history-import-connection-created = Connexion SVI importée d’un fichier hérité
history-import-run = Dossiers hérités importés
history-import-quality-exported = Rapport sur la qualité des données d’une importation téléchargé

## Exports
export-csv = Télécharger en CSV
export-xlsx = Télécharger en Excel (XLSX)
reports-export-xlsx = Télécharger tous les rapports en Excel (XLSX)
reports-export-workload = Télécharger la charge de travail des SCSS (XLSX)
history-export-downloaded = Liste téléchargée
err-export-too-large = Cette liste compte plus de lignes qu’un classeur ne peut en contenir (1 048 576) : affinez-la avec les filtres ou téléchargez-la en CSV.

## The program's findings
findings-list-title = Constats
findings-list-intro = Tous les constats des validations auxquelles vous avez accès, les plus récents d’abord. Les mesures requises reçoivent une réponse avant leur échéance ; celles en retard sont signalées.
findings-list-link = Tous les constats des validations auxquelles vous avez accès
findings-list-kind = Type
findings-list-criteria = Critères
findings-list-text = Constat
findings-list-due = Réponse attendue
findings-list-late = En retard
findings-list-late-only = Seulement les mesures requises en retard
findings-list-none = Aucun constat ne correspond.
report-cross-title = Comptes par type d’entité et par statut
report-cross-desc = Tous les comptes ayant dépassé l’étape du brouillon, dénombrés par type d’entité et par statut. HQ peut limiter le tableau à un bureau régional avec le filtre ci-dessus.
report-cross-total = Tous les types d’entité
err-import-history-changed = L’historique d’un compte a changé dans le portail pendant l’importation. Rien n’a été importé : relancez-la.
history-import-address-created = Adresse importée d’un fichier hérité
history-import-connection-updated = Connexion SVI corrigée par un fichier hérité

## Dates and numbers as this language writes them
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
# A calendar day: $day is a number, $month a month's name, $year text.
date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }
# A month of a year: $month a month's name, $year text.
month-year = { $month } { $year }
# A moment: $date as date-long writes it, $time the hour in 24-hour form (UTC).
date-time = { $date } à { $time } UTC
# The digit-group separator ("space" for a narrow no-break space) and from how many digits it is used.
number-group-separator = space
number-group-from = 4

## Column headers of exported lists (CSV and spreadsheets)
col-account_id = ID du compte
col-organization = Organisation
col-entity_type = Type d’entité
col-status = Statut
col-tier = Niveau
col-svi_number = Numéro SVI
col-scss = SCSS
col-field_office = Bureau régional
col-applied_on = Date de la demande
col-certified_on = Date de certification
col-next_validation_due = Prochaine validation
col-next_deadline = Prochaine échéance
col-pending_decision = Décision en attente
col-overdue_finding = Constat en retard
col-missing = Manquant (codes)
col-missing_labels = Manquant
col-notice_deadline = Échéance de l’avis
col-seq = Séquence
col-at = Heure (UTC)
col-actor = Auteur
col-role = Rôle
col-action = Action
col-object_type = Type d’objet
col-object_id = ID de l’objet
col-outcome = Résultat
col-request_id = ID de la requête
col-ip = Adresse IP
col-before = Avant
col-after = Après
col-hash = Empreinte de la chaîne
col-due = Échéance
col-overdue = En retard
col-kind = Type
col-group = Groupe de validation
col-scheduled = Planifiée
col-finding_id = ID du constat
col-validation_id = ID de la validation
col-validation_start = Début de la validation
col-criteria = Critères
col-text = Texte
col-response_due = Réponse attendue le
col-late = En retard
col-accounts = Comptes
col-name = Nom
col-email = Courriel
col-phone = Téléphone
col-title = Fonction
col-primary = Personne-ressource principale
col-alternate = Personne-ressource suppléante
col-login = A un accès
col-certified = Certifié
col-connected_since = Connecté depuis
col-criterion = Critère
col-category = Catégorie
col-level = Niveau d’exigence
col-statement = Énoncé du critère
col-answer = Réponse
col-justification = Justification
col-narrative = Exposé
col-corrective_plan = Plan de mesures correctives
col-plan_due = Plan attendu le
col-review = Examen
col-result = Résultat
col-review_comment = Commentaire d’examen

## Details of API problem documents (the codes beside them never change)
api-detail-bearer = Envoyez `Authorization: Bearer <token>`.
api-detail-scope = Ce jeton n’a pas la portée `{ $scope }`.
api-detail-json-type = Envoyez le corps en `Content-Type: application/json`.
api-detail-not-json = Le corps n’est pas un JSON valide : { $error }.
api-detail-not-object = Le corps doit être un objet JSON.
api-detail-unknown-field = `{ $field }` n’est pas un champ de cette requête.
api-detail-methods = Ce chemin répond à { $methods }.
