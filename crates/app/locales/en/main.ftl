## English catalogue of ctpat-portal. Every interface and e-mail string lives here;
## a new language is a new folder with the same ids.

language-name = English
program-name = C-TPAT Portal
program-subtitle = Customs-Trade Partnership Against Terrorism
gov-banner = An official service of the customs administration. Information you submit is used to run the supply-chain security partnership.
skip-to-content = Skip to main content
nav-label = Main
nav-home = Home
nav-login = Sign in
nav-signup = Create an account
nav-account = Your account
nav-permissions = Who may do what
nav-staff = Staff users
nav-audit = Audit trail
sign-out = Sign out
language = Language
language-apply = Change language
footer-text = C-TPAT Portal — open-source partnership portal. Every change is recorded in an audit trail.
back-home = Go to the home page
continue = Continue
error-prefix = Error:
error-summary-title = There is a problem
error-reference = Reference for support:
error-404-title = Page not found
error-404-body = There is no page at this address, or you do not have access to it. Check the address, or go back to the home page.
error-429-title = Too many attempts
error-429-body = Too many forms were sent from your network in a short time. Wait { $seconds } seconds, then try again.
error-405-title = This address does not accept that request
error-405-body = The page exists, but not for this kind of request. Use the links and buttons on the portal's pages.
error-403-title = You do not have permission
error-403-body = Your role does not allow this action. The attempt has been recorded. If you think you should have access, contact your program administrator.
error-409-title = This record changed meanwhile
error-409-body = Someone else changed this record after you opened it. Open it again to see the current version, then repeat your change.
error-500-title = Something went wrong
error-500-body = The portal could not complete your request. Nothing was changed. Try again; if it happens again, give the reference below to support.
error-408-title = The request took too long
error-408-body = The portal stopped waiting for your request. It may not have been completed: check before you try again. If you were sending a file, a faster connection or a smaller file helps.
error-413-title = The upload is too large
error-413-body = What you sent is larger than the portal accepts. Nothing was saved. Go back and send less, or a smaller file.
error-language-title = Language not available

## Notices after an action
notice-signed-out = You have signed out.
notice-email-verified = Your e-mail address is confirmed. You can now sign in.
notice-password-set = Your password is set. You can now sign in.
notice-password-reset = Your password has been reset and every session was ended. Sign in with your new password.
notice-password-changed = Your password has been changed. Your other sessions were ended.
notice-session-ended = The session has been ended.
notice-devices-forgotten = No browser remembers you now. Each one is treated as new until you sign in with it again.
notice-sessions-ended = All your other sessions have been ended.
notice-mfa-disabled = Two-step verification is now off.
notice-staff-invited = The staff member has been added and an invitation e-mail is on its way.

## Field labels and hints
field-name = Full name
field-email = E-mail address
field-password = Password
field-password_confirm = Confirm password
field-current_password = Current password
field-code = Verification code
field-role = Role
field-lang = Language
hint-password = At least 15 characters. A few unrelated words make a strong password that is easy to remember. Spaces are allowed.
hint-code = The 6-digit code from your authenticator app, or one of your recovery codes.

## Field and form errors — each names the rule that was broken
err-required = Enter this information; it is required.
err-too-long = Must be at most { $max } characters.
err-control-chars = Must not contain control characters.
err-email-format = Enter an e-mail address in the format name@example.com.
err-email-taken = An account with this e-mail address already exists.
err-password-too-short = Must be at least { $min } characters long.
err-password-too-long = Must be at most { $max } characters long.
err-password-common = This password is on a list of common or breached passwords, or is built from common words and patterns that are quick to guess; choose another.
err-password-pattern = This password is a simple pattern (repeated or sequential characters); choose another.
err-password-personal = This password is built from your name or e-mail address; choose another.
err-password-mismatch = The two passwords do not match.
err-password-wrong = The password is not correct.
err-reauth-locked = Too many wrong attempts: your account is locked for a few minutes. Try again later.
err-reauth-unavailable = Your identity could not be checked just now. Try again in a moment.
err-login-failed = The e-mail address or password is not correct, or the account is temporarily locked after too many attempts. Check both and try again in a few minutes.
err-login-unverified = Confirm your e-mail address first. We have sent you a new confirmation link.
err-link-invalid = This link is no longer valid.
err-mfa-code = The code is not correct or has expired. Enter the current 6-digit code.
err-mfa-code-used = This code has already been used. Wait for the next code from your authenticator app and enter that one.
err-mfa-already-enrolled = Two-step verification is already on.
err-mfa-no-pending = Start the set-up again: no pending set-up was found.
err-mfa-required-for-staff = Program staff must keep two-step verification on.
err-staff-role = Choose one of the listed roles.
err-language = This language is not available.

## Roles
role-officer = Officer
role-account_admin = Account admin
role-user = User
role-consultant = Consultant
role-scss = Supply Chain Security Specialist (SCSS)
role-supervisor = Supervisor
role-hq = Headquarters (HQ)
role-system_admin = System admin

## Permissions (the published matrix)
perm-view-account = Read everything of the account
perm-edit-company-data = Edit company data
perm-manage-account-users = Manage the account's users and contacts
perm-edit-profile-draft = Edit the Security Profile draft
perm-answer-findings = Answer validation findings
perm-message-scss = Message the SCSS
perm-sign = Sign the Partner Agreement, profile submissions, annual reviews and withdrawal
perm-be-primary-contact = Be the primary contact
perm-work-assigned-accounts = Work assigned accounts (view as partner, with staff panels)
perm-review-profiles = Review profiles criterion by criterion
perm-edit-bond = Edit bond data and decide bond change requests
perm-schedule-validations = Schedule and run validations, write findings
perm-propose-suspension = Propose suspension
perm-assign-accounts = Assign and reassign accounts to the SCSSs of their field office
perm-decide-certification = Decide certification
perm-decide-suspension = Decide suspension and reinstatement
perm-approve-validation-reports = Approve validation reports (not one's own)
perm-read-all-accounts = Read every account in the program
perm-decide-removal = Decide removal
perm-decide-appeals = Decide appeals
perm-place-accounts-in-offices = Place accounts in field offices and move them between offices
perm-manage-field-offices = Create and rename field offices
perm-edit-program-policy = Edit program policies
perm-edit-msc-catalog = Edit the Minimum Security Criteria catalog
perm-manage-staff-users = Manage staff users
perm-operate-scheduler = See the scheduled jobs and retry failed ones
perm-read-audit-trail = Read the whole audit trail
permissions-title = Who may do what
permissions-intro = This table is generated from the same rules the portal enforces. Partner roles apply to one account; a person can hold different roles on different accounts. Program staff never approve their own proposals.
permissions-caption = Permissions by role
permissions-reach-title = Which accounts each program role reaches
permissions-reach-intro = Partner roles apply to the accounts a person is a member of. Program staff hold their permissions on these accounts only; any other account is "not found" to them.
reach-assigned = The accounts assigned to them in their field office (an account moved to another office leaves their reach).
reach-office = The accounts placed in their field office (a Supervisor without an office: the accounts not placed in any office yet). Only SCSSs of the same office can be assigned.
reach-program = Every account of the program, in every field office.
reach-none = No partner account: staff users and the scheduler only.
permissions-permission = Permission
permissions-yes = Allowed
permissions-no = Not allowed

## Home
home-title = C-TPAT Partner Portal
home-intro = Apply to the partnership, keep your Security Profile current, and verify the status of your business partners — in one place.
home-how-title = How the partnership works
home-how-1 = Create an account and confirm your e-mail address.
home-how-2 = Apply for your company, answer the Security Profile against the Minimum Security Criteria, and have an Officer sign.
home-how-3 = A Supply Chain Security Specialist reviews your application and works with you through certification and validation.
home-how-4 = Keep your data current every year and check your partners' status through the Status Verification Interface.
home-welcome = Welcome, { $name }
home-signed-in-intro = Choose what you want to do.
card-account-title = Your account
card-account-text = Password, two-step verification, language and active sessions.
card-permissions-title = Who may do what
card-permissions-text = The published permission matrix of the program.
card-staff-title = Staff users
card-staff-text = Add program staff and see who has two-step verification.
card-audit-title = Audit trail
card-audit-text = Every change and security event, newest first.

## Sign in
login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = New to the portal?
mfa-login-title = Enter your verification code
mfa-login-intro = Open your authenticator app and enter the 6-digit code for the C-TPAT Portal. If you have lost your device, enter one of your recovery codes.
mfa-login-submit = Verify

## Sign up
signup-title = Create an account
signup-intro = One account is for one person. You can later apply for your company or be invited to an existing company account.
signup-submit = Create account
signup-done-title = Check your e-mail
signup-done-body = We have sent a message to the address you entered. Open the link in it to confirm your address, then sign in. The link is valid for 48 hours.
link-invalid-title = This link is no longer valid
verify-title = Confirm your e-mail address
verify-body = Select the button to confirm that this e-mail address is yours. You can then sign in.
verify-submit = Confirm my e-mail address
verify-link-invalid-body = The confirmation link has expired or has already been used. Sign in to receive a new one.
invitation-title = Set your password
invitation-intro = You have been invited to the C-TPAT Portal. Choose a password to activate your account.
invitation-link-invalid-body = The invitation link has expired or has already been used. Ask your program administrator for a new invitation.

## Passwords
forgot-title = Reset your password
forgot-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
forgot-submit = Send reset link
forgot-done-title = Check your e-mail
forgot-done-body = If an account exists for that address, we have sent it a link to reset the password. The link can be used once, within 30 minutes.
reset-title = Choose a new password
reset-intro = Choose a new password. Every session of your account will be ended.
reset-link-invalid-body = The reset link has expired or has already been used. Ask for a new one.
change-password-title = Change your password
change-password-intro = Enter your current password, then the new one. Your other sessions will be ended.
password-save = Save password

## Account settings
account-title = Your account
account-profile = Profile
account-staff-role = Program role
account-security = Security
account-password = Password
account-change-password = Change password
account-mfa = Two-step verification
account-mfa-on = On
account-mfa-off = Off
account-mfa-manage = Manage
sessions-title = Active sessions
sessions-intro = These are the browsers signed in to your account. End any session you do not recognise, then change your password.
sessions-started = Started
sessions-last-seen = Last active
sessions-from = From
sessions-action = Action
sessions-this = This session
sessions-end = End session
sessions-end-others = End all other sessions
devices-title = Remembered browsers
devices-intro = Browsers you have fully signed in with are remembered for a year: wrong passwords typed elsewhere do not lock you out of them. Remembered browsers: { $count }. If you lost a device or used a shared computer, forget them all.
devices-forget = Forget all remembered browsers

## Two-step verification
mfa-title = Two-step verification
mfa-required-notice = Program staff must set up two-step verification before using the portal.
mfa-enabled-text = Two-step verification is on. You will be asked for a code from your authenticator app each time you sign in.
mfa-codes-left = Unused recovery codes: { $count }
mfa-disable-title = Turn off two-step verification
mfa-disable-submit = Turn off
mfa-staff-cannot-disable = Program staff must keep two-step verification on.
mfa-step-app = Install an authenticator app (for example one that supports TOTP codes) on your phone.
mfa-step-key = Add an account in the app and type this key:
mfa-open-app = Or open the set-up link in an authenticator app on this device
mfa-step-code = Enter the 6-digit code the app shows.
mfa-confirm = Turn on two-step verification
mfa-start-title = Set up two-step verification
mfa-restart-title = Start the set-up again
mfa-start-text = Enter your password to get a new key for your authenticator app. The key is shown once.
mfa-start-submit = Show a new key
mfa-codes-title = Save your recovery codes
mfa-codes-once = These codes are shown only once. Each can be used one time to sign in if you lose your device. Print them or keep them in a password manager.

## Staff administration
staff-title = Staff users
staff-mfa = Two-step verification
staff-mfa-on = On
staff-mfa-off = Not set up
staff-status = Status
staff-invited = Invited
staff-active = Active
staff-add-title = Add a staff member
staff-add-intro = The new staff member receives an invitation e-mail to set a password. Two-step verification is required at first sign-in unless this deployment turns it off.
staff-add-submit = Add and send invitation

## Audit trail
audit-title = Audit trail
audit-intro = Every change and security event, newest first. The trail is append-only and hash-chained; `ctpat audit verify` checks it.
audit-time = Time (UTC)
audit-actor = Who
audit-action = Action
audit-object = Object
audit-outcome = Outcome
audit-request = Request
audit-from = From (address)
audit-older = Older events

## E-mails
mail-verify-email-subject = Confirm your e-mail address for the C-TPAT Portal
mail-verify-email-body =
    Hello { $name },

    Confirm your e-mail address by opening this link:

    { $link }

    The link is valid for 48 hours. If you did not create an account, ignore this message.

    C-TPAT Portal — { $portal_url }
mail-signup-existing-subject = Someone tried to create an account with your e-mail address
mail-signup-existing-body =
    Hello,

    Someone (perhaps you) tried to create a C-TPAT Portal account with this e-mail address, which already has an account.
    If it was you, sign in at { $portal_url }/login or reset your password at { $portal_url }/password/forgot.
    If it was not you, you can ignore this message.

    C-TPAT Portal
mail-password-reset-subject = Reset your C-TPAT Portal password
mail-password-reset-body =
    Hello { $name },

    Open this link to choose a new password:

    { $link }

    The link can be used once, within { $minutes } minutes. If you did not ask for this, ignore this message; your password stays as it is.

    C-TPAT Portal — { $portal_url }
mail-password-changed-subject = Your C-TPAT Portal password was changed
mail-password-changed-body =
    Hello { $name },

    The password of your C-TPAT Portal account was just changed, and your other sessions were ended.
    If you did not do this, reset your password at once at { $portal_url }/password/forgot and contact your program administrator.

    C-TPAT Portal
mail-account-locked-subject = Sign-in to your C-TPAT Portal account is paused
mail-account-locked-body =
    Hello { $name },

    { $what ->
        [code] Several wrong verification codes
       *[other] Several wrong passwords
    } were entered for your C-TPAT Portal account. To protect it, sign-in is paused: you can try again in { $minutes } min. Each further wrong attempt pauses it longer.
    If this was you, wait and try again. If it was not, someone may know or be guessing your password: once you can, sign in and change it at { $portal_url }/account/password, or reset it at { $portal_url }/password/forgot, and tell your program administrator.

    C-TPAT Portal
mail-invitation-subject = You are invited to the C-TPAT Portal
mail-invitation-body =
    Hello { $name },

    An administrator has created a C-TPAT Portal staff account for you. Choose your password here:

    { $link }

    The link can be used once, within { $days } days.

    C-TPAT Portal — { $portal_url }

## Partner accounts
entity-importer = U.S. Importer / Non-resident Canadian importer
entity-exporter = Exporter
entity-customs_broker = Customs broker
entity-foreign_manufacturer = Foreign manufacturer
entity-highway_carrier = Highway carrier
entity-mexican_long_haul_carrier = Mexican long-haul carrier
entity-rail_carrier = Rail carrier
entity-air_carrier = Air carrier
entity-sea_carrier = Sea carrier
entity-consolidator = Consolidator / OTI / NVOCC
entity-marine_port_terminal_operator = Marine port authority / terminal operator
entity-third_party_logistics = Third-party logistics provider (3PL)
status-draft = Application in progress
status-applicant = Applicant
status-under_review = Under review
status-certified = Certified
status-validated = Validated
status-suspended = Suspended
status-removed = Removed
status-withdrawn = Withdrawn
status-rejected = Rejected
status-ineligible = Ineligible
idkind-ior = Importer of Record (IOR) number
idkind-ein = Employer Identification Number (EIN)
idkind-duns = D-U-N-S number
idkind-broker_license = Customs broker licence number
idkind-filer_code = Filer code
idkind-mid = Manufacturer ID (MID)
idkind-rfc = RFC (Mexican tax ID)
idkind-scac = SCAC
idkind-usdot = USDOT number
idkind-sct_permit = SCT permit number
idkind-iata_carrier = IATA airline code
idkind-iata_cargo = IATA cargo agent number
idkind-fmc_org = FMC organization number
idkind-fmc_mto = FMC marine terminal operator number
idkind-logistics_license = Licence or bond (FMC, TSA, CBP or DOT)
err-id-ior = Enter the IOR number as NN-NNNNNNNXX (EIN and 2-character suffix), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned).
err-id-ein = Enter the EIN as 9 digits, NN-NNNNNNN.
err-id-duns = Enter the D-U-N-S number as 9 digits.
err-id-broker_license = Enter the broker licence number as 4 to 6 digits.
err-id-filer_code = Enter the filer code as 3 letters or digits.
err-id-mid = Enter the MID as up to 15 letters and digits: the ISO country code (not US), parts of the name and address, and 3 letters of the city.
err-id-rfc = Enter the RFC as 12 characters (company) or 13 (person): letters, a valid date YYMMDD, and 3 characters.
err-id-scac = Enter the SCAC as 2 to 4 letters.
err-id-usdot = Enter the USDOT number as 1 to 8 digits.
err-id-sct_permit = Enter the SCT permit number as 5 to 25 letters, digits, hyphens or slashes.
err-id-iata_carrier = Enter the IATA airline code as 2 letters or digits (not two digits).
err-id-iata_cargo = Enter the IATA cargo agent number as 7 digits, optionally followed by a 4-digit branch.
err-id-fmc_org = Enter the FMC organization number as 6 digits.
err-id-fmc_mto = Enter the FMC marine terminal operator number as 6 digits.
err-id-logistics_license = Enter the issuer (FMC, TSA, CBP or DOT) then the number, for example FMC 023456.
err-id-one-of = Enter at least one of these identifiers.
err-country = Enter a two-letter ISO country code, for example US, CA or MX.
err-phone = Enter a phone number of 7 to 15 digits; spaces, +, -, ( ) and x are allowed.
err-number-range = Enter a whole number from { $min } to { $max }.
err-website = Enter a web address such as www.example.com.
err-date = Enter the date as YYYY-MM-DD.
err-date-past = Enter a date from today on.
err-profile-plan-missing = Describe the corrective action plan: what your company will do to meet this criterion.
err-profile-plan-due-missing = Enter the date the corrective action plan will be complete (YYYY-MM-DD).
err-choose-one = Choose one of the options.
err-bond-number = Enter the bond number as 6 to 20 letters, digits or hyphens.
err-not-draft = This application has been submitted; it can no longer be changed here.
err-org-has-entity = This organization already has an account of this entity type.
err-staff-cannot-apply = Program staff cannot apply for a partner account.
err-only-officer-signs = Only an Officer of the company can sign the Partner Agreement. Ask an Officer to sign, or invite one from the contacts step.
err-application-incomplete = The application is not complete: { $count } item(s) are missing. They are listed below.
err-must-agree = Confirm that you agree to the Partner Agreement.
err-contacts-min = Add at least { $min } contacts.
err-contacts-no-primary = Choose a primary contact.
err-contacts-one-primary = There can be only one primary contact.
err-contacts-primary-officer = The primary contact must have the Officer role.
err-contacts-unique-email = Two contacts share the e-mail address { $email }; each contact needs their own.
err-contacts-exporter-alternate = Exporters need an alternate contact besides the primary contact.
err-contact-email-taken = Another contact of this account already has this e-mail address.
err-contact-primary-not-alternate = A contact cannot be both the primary and the alternate contact.
err-last-officer = This is the account's last Officer. Give another person the Officer role first.
err-staff-cannot-join = Program staff cannot join a partner's account. Ask the company to invite a person who works for it.
err-org-officer-only = Only an Officer of this company can apply for it as Officer. Start the application as Account admin and invite one of the company's Officers to sign.
err-own-role = You cannot change your own role. Ask another Officer or Account admin of the account.
err-officer-change-reauth = To give or take away the Officer role, enter your password (or your 6-digit code if you use two-step verification) in the same row.
err-officer-role-needs-officer = Only an Officer of the account can give or take away the Officer role.
err-account-closed = This account is closed; its contacts can no longer change.
err-invite-needs-role = Give the contact a role before inviting them to the portal.
err-already-a-user = This contact already uses the portal.
err-invitation-other-email = This invitation was sent to { $email }. Sign in with that address to accept it.
missing-organization = The organization is not filled in.
missing-hq_address = The headquarters address is missing.
missing-bond = The bond data is missing.
refusal-not-allowed-in-status = This action is not possible in the account's current status.
refusal-wrong-role = Your role does not allow this action.
refusal-not-the-assigned-scss = Only the SCSS assigned to this account can do this.
refusal-no-recommendation = The assigned SCSS has not recommended certification yet.
refusal-recommend-not-submitted = Certification needs a submitted Security Profile whose every criterion is accepted: the partner has not submitted the current one.
refusal-recommend-in-review = Certification needs every criterion of the Security Profile accepted: finish the review first.
refusal-recommend-returned = Certification needs every criterion of the Security Profile accepted: { $count ->
    [one] one criterion is
   *[other] { $count } criteria are
  } back with the partner.
refusal-own-proposal = You cannot approve your own proposal or work; another person must decide.
refusal-proposal-pending = A suspension proposal is already waiting for a decision.
refusal-no-proposal = There is no suspension proposal to decide.
refusal-no-corrective-action-plan = The partner has not submitted a corrective action plan.
refusal-cap-already-submitted = A corrective action plan has already been submitted.
refusal-deadline-not-reached = The deadline has not passed yet.
refusal-deadline-passed = The deadline for this has passed.
refusal-appeal-already-filed = An appeal has already been filed.
refusal-no-appeal = There is no pending appeal to decide.
refusal-reapplication-barred = This company may not apply again until the re-application bar ends.
refusal-already-assigned = This SCSS is already assigned to the account.
mail-application-received-subject = Your C-TPAT application was received
mail-application-received-body =
    Hello,

    The application of { $organization } (account { $account }) has been signed and submitted. A Supervisor will assign a Supply Chain Security Specialist, who will review it; the program aims to decide within 90 days.

    Follow its progress at { $portal_url }/accounts/{ $account }

    C-TPAT Portal
mail-account-invitation-subject = You are invited to a company account on the C-TPAT Portal
mail-account-invitation-body =
    Hello { $name },

    { $inviter } invites you to the C-TPAT Portal account of { $organization } with the role "{ $role }".

    Accept the invitation here (sign in or create your account with this e-mail address first):

    { $link }

    The link can be used once, within { $days } days.

    C-TPAT Portal — { $portal_url }

## Partner pages
choose = Choose…
edit = Edit
remove = Remove
cancel = Cancel
save-continue = Save and continue
err-contact-not-added = This contact is typed but not added: select "Save contact" to add it, or clear its fields to go on.
tier = Tier { $tier }
days-left = { $days } days left
days-overdue = { $days } days overdue
account-no-organization = (organization not yet entered)
account-your-role = your role:
account-overview-link = Account overview
staff-viewing-as = Viewing as { $name } (program staff). These are the partner's own pages: you change nothing of the partner's here, and act only through the staff controls (review, decisions, actions).
home-your-accounts = Your company accounts
home-no-accounts = You do not belong to a company account yet. Apply for your company, or ask your company's Officer to invite you.
home-apply = Apply for a new account
home-organization = Organization
home-entity = Entity type
apply-title = Apply to the partnership
apply-intro = Choose how your company participates in the supply chain. A company that participates in several ways (for example as importer and exporter) has one account for each.
apply-start = Start the application
field-entity_type = Entity type
field-my_role = Your role for this company
my-role-officer = Officer of the company (I can sign for it)
my-role-admin = I prepare the application; an Officer of the company will sign it
steps-label = Application steps
step-done = done
step-organization = Organization
step-organization-intro = The legal company that applies.
step-organization-intro-existing = The legal company that applies. If your company already has an account here, choose it.
step-addresses = Addresses
step-addresses-intro = The headquarters address, and the sites that matter most for security: offices, cargo facilities (at least your top three by volume or risk) and training sites.
step-contacts = Contacts
step-contacts-intro = At least two contacts; exactly one primary contact, who must be an Officer.
step-identifiers = Identifiers and bond
step-identifiers-intro = The identifiers of your entity type, and your bond where one is required.
step-agreement = Partner Agreement
step-agreement-intro = Review, agree and sign. Only an Officer can sign. Signing submits the application and the Security Profile together.
field-existing = Use an organization you already belong to
org-new = No — enter a new organization below
org-or-new = Or enter a new organization:
field-dba = Doing business as (optional)
field-phone = Phone
field-website = Website (optional)
field-year_founded = Year founded (optional)
field-employee_count = Number of employees (optional)
field-ownership_type = Ownership type (optional)
ownership-corporation = Corporation
ownership-llc = Limited liability company
ownership-partnership = Partnership
ownership-sole_proprietorship = Sole proprietorship
ownership-government = Government-owned
ownership-other = Other
address-hq = Headquarters
address-others-intro = Other sites (leave a block empty if you do not need it):
address-other = Site { $n }
company-title = Company data filed with the application
company-name = Legal name
company-dba = Doing business as
company-phone = Telephone
company-hq = Headquarters
address-kind-office = Office (staffed)
address-kind-cargo_facility_staffed = Cargo facility, staffed
address-kind-cargo_facility = Cargo facility, not staffed
address-kind-training_site = Training or policy site
field-line1 = Address line 1
field-line2 = Address line 2 (optional)
field-city = City
field-region = State, province or region (optional)
field-postal_code = Postal code (optional)
field-country = Country (two-letter code, for example US)
field-a1_kind = Type of site
field-a2_kind = Type of site
field-a3_kind = Type of site
bond-legend-required = Bond (required for your entity type)
bond-legend-optional = Bond (optional for your entity type)
field-bond_number = Bond number
field-bond_type = Bond type
field-bond_surety = Surety (optional)
field-bond_effective_on = Effective date (optional)
bond-type-continuous_import = Continuous import bond
bond-type-single_transaction = Single transaction bond
bond-type-international_carrier = International carrier bond
bond-type-custodial = Custodial bond
bond-type-common_carrier = Common carrier bond
agreement-gaps = Before you can sign, complete:
agreement-title = C-TPAT Partner Agreement
agreement-text-1 = The company agrees to develop, implement and maintain security measures that meet the Minimum Security Criteria for its entity type, and to keep its Security Profile current every year.
agreement-text-2 = The company agrees to let the program validate those measures, to answer findings within their deadlines, and to tell the program of any security incident and of changes to its data.
agreement-text-3 = Participation is voluntary; the program may suspend or remove a company that does not meet its commitments, with reasons given and a right of appeal.
field-agree = I have read the Partner Agreement and sign it on behalf of the company.
field-password-reenter = Your password (to confirm it is you)
agreement-sign = Sign and submit the application and the Security Profile
notice-application-submitted = Your application has been signed and submitted. You will be told when a Supply Chain Security Specialist is assigned.
notice-contact-saved = The contact has been saved.
notice-contact-removed = The contact has been removed.
notice-contact-invited = The invitation has been sent.
notice-member-saved = The role has been changed.
notice-member-removed = The person no longer has access to this account.
notice-joined = You have joined the account.
contacts-title = Contacts and users
contacts-intro = Contacts are the people the program writes to; some also use the portal. Consultants are always shown as Consultants and never sign.
contacts-designation = Designation
contacts-portal = Portal access
contacts-primary = Primary
contacts-alternate = Alternate
contacts-has-login = Uses the portal
contacts-no-login = No login
contacts-invite = Invite to the portal
contacts-none = No contacts yet.
contacts-add = Add a contact
contacts-edit = Change the contact
contacts-save = Save contact
contact-role-none = No portal role
field-title = Job title (optional)
field-primary = Primary contact (must be an Officer)
field-alternate = Alternate contact
members-title = People who use this account
members-intro = Everyone here signs in with their own e-mail address and password. The last Officer cannot be removed.
members-change-role = Change role
members-reauth = For Officer changes: your password or 6-digit code
members-leave = Leave this account
members-own-role = You cannot change your own role here; another Officer or Account admin of the account can.
members-own-role-officer = You cannot change your own role here; another Officer of the account can.
join-title = Join a company account
join-offer = You are invited to the C-TPAT Portal account of { $organization }.
join-accept = Accept the invitation
join-sign-in-first = Sign in (or create your account) with the invited e-mail address, then open the link again.
join-link-invalid-body = This invitation has expired or has already been used. Ask the company's Officer for a new one.
switch-account = Switch to another account
switch-go = Open
draft-title = Application in progress
draft-ready = Everything is filled in. An Officer can now sign the Partner Agreement.
draft-still-needed = Still needed:
draft-continue = Continue the application
dashboard-status = Status
dashboard-tier = Tier
dashboard-none = None yet
dashboard-svi = SVI number
dashboard-svi-later = Given when the account becomes active
dashboard-scss = Supply Chain Security Specialist
dashboard-scss-none = Not assigned yet
dashboard-next = What happens next
dashboard-missing = Mandatory data still missing
dashboard-deadlines = Deadlines
dashboard-no-deadlines = No deadline is running.
dashboard-deadline = Deadline
dashboard-date = Date
dashboard-days = Time left
dashboard-sections = Sections
dashboard-history = History
dashboard-no-history = Nothing recorded yet.
deadline-certification-target = Certification decision target (90 days)
deadline-response = Answer the suspension with a corrective action plan
deadline-appeal = File an appeal against the removal
deadline-appeal-decision = Decision on the appeal
deadline-validation = Next validation due
deadline-annual-review = Annual review due
deadline-reapply-bar = Re-application possible from
next-draft = Complete the application and the Security Profile, then have an Officer sign the Partner Agreement: it submits both.
next-applicant = Your application is waiting for a Supervisor to assign a Supply Chain Security Specialist.
next-under-review = Your application is with your Supply Chain Security Specialist.
next-profile-complete = Complete your Security Profile and have an Officer sign and submit it: { $count ->
    [one] one required criterion still has
   *[other] { $count } required criteria still have
  } no answer.
next-profile-sign = Your Security Profile is answered: an Officer signs and submits it for review.
next-profile-returned = Your Supply Chain Security Specialist returned { $count ->
    [one] one criterion
   *[other] { $count } criteria
  } of your Security Profile: change them and submit it again.
next-profile-submitted = Your Supply Chain Security Specialist is reviewing the Security Profile you submitted.
next-staff-applicant = A Supervisor assigns a Supply Chain Security Specialist to this application.
next-staff-under-review = The application is under review.
next-staff-profile-not-submitted = The partner has not submitted the Security Profile yet ({ $count ->
    [one] one required criterion has
   *[other] { $count } required criteria have
  } no answer).
next-staff-profile-returned = The Security Profile is back with the partner: { $count ->
    [one] one criterion was
   *[other] { $count } criteria were
  } returned.
next-staff-profile-submitted = The partner submitted the Security Profile: review it criterion by criterion.
next-certified = You are certified (Tier I). Prepare for your first validation and keep your profile current.
next-validated = You are validated. Keep your profile current; the annual review and the next validation are shown below.
next-suspended = Your account is suspended. Submit a corrective action plan by { $date }, or the account will be withdrawn.
next-suspended-answered = Your corrective action plan has been received; a Supervisor will decide on reinstatement.
next-removed = Your account has been removed. You may appeal until { $date }.
next-removed-appealed = Your appeal has been filed; Headquarters will decide it.
next-closed = This account is closed.
next-missing-data = Some mandatory data is missing (listed below). Provide it, or the account may be suspended.
missing-id_ior = IOR number
missing-id_ein = EIN
missing-id_duns = D-U-N-S number
missing-id_broker_license = Broker licence number
missing-id_filer_code = Filer code
missing-id_mid = Manufacturer ID (MID)
missing-id_rfc = RFC
missing-id_scac = SCAC
missing-id_usdot = USDOT number
missing-id_sct_permit = SCT permit number
missing-id_iata_carrier = IATA airline code
missing-id_iata_cargo = IATA cargo agent number
missing-id_fmc_org = FMC organization number
missing-id_fmc_mto = FMC marine terminal operator number
missing-id_logistics_license = Licence or bond (FMC, TSA, CBP or DOT)
missing-id_ein_or_duns = EIN or D-U-N-S number
missing-id_fmc_org_or_iata_cargo = FMC organization number or IATA cargo agent number
missing-contacts = At least two contacts
missing-primary_officer = A primary contact who is an Officer
missing-alternate_contact = An alternate contact
missing-office_us_ca = A staffed office in the United States or Canada
missing-office_us = A staffed office in the United States
history-application-started = Application started
history-application-organization-saved = Organization saved
history-application-addresses-saved = Addresses saved
history-application-identifiers-saved = Identifiers and bond saved
history-application-agreement-signed = Partner Agreement signed
history-account-application-submitted = Application submitted
history-account-scss-assigned = SCSS assigned
history-account-certification-recommended = Certification recommended
history-account-certified = Certified
history-account-rejected = Application rejected
history-account-declared-ineligible = Declared ineligible
history-account-validated = Validated
history-account-suspension-proposed = Suspension proposed
history-account-suspended = Suspended
history-account-reinstated = Reinstated
history-account-removed = Removed
history-account-withdrawn = Withdrawn
history-contact-added = Contact added
history-contact-updated = Contact changed
history-contact-removed = Contact removed
history-account-user-invited = Person invited
history-account-user-joined = Person joined
history-account-viewed-by-staff = Opened by program staff

## Program work
nav-queue = Work queue
card-queue-title = Work queue
card-queue-text = Accounts to review and decide, with their deadlines.
queue-title = Work queue
queue-intro = Accounts you work, nearest deadline first, with the decision each one waits for. Applications are due for a decision within 90 days.
queue-pending-only = Only accounts waiting for a decision
queue-unassigned-only = Only accounts without an SCSS
queue-filter = Filter
queue-next-action = Waiting for
queue-next-deadline = Next deadline
queue-target = 90-day target
queue-empty = No account matches.
queue-more = More accounts
queue-sort = Order
queue-sort-deadline = Nearest deadline first
queue-sort-newest = Newest account first
filter-any = Any
pending-assignment = Assignment of an SCSS
pending-certification = Certification decision
pending-suspension = Suspension decision
pending-reinstatement = Reinstatement decision
pending-appeal = Appeal decision
staff-actions = Program actions
partner-actions = Actions
field-reason = Reason
field-scss = Supply Chain Security Specialist
field-decision = Decision
decision-yes = Approve
decision-no = Decline
action-assign-scss = Assign an SCSS
action-recommend-certification = Recommend certification
recommend-profile-approved = Security Profile: every criterion is accepted.
recommend-profile-in-review = Security Profile: submitted, your review is not finished.
recommend-profile-returned = Security Profile: { $count ->
    [one] one criterion is
   *[other] { $count } criteria are
  } back with the partner.
recommend-profile-not-submitted = Security Profile: not submitted yet.
action-certify = Certify (Tier I)
action-reject = Reject the application
action-declare-ineligible = Declare ineligible
action-propose-suspension = Propose suspension
action-decide-suspension = Decide the suspension proposal
action-submit-cap = Submit the corrective action plan
action-reinstate = Accept the corrective action plan and reinstate
action-remove = Remove from the program
action-file-appeal = Appeal the removal
action-decide-appeal = Decide the appeal
action-withdraw = Withdraw from the program
notice-action-assign-scss = The SCSS has been assigned.
notice-action-recommend-certification = Certification has been recommended; a Supervisor will decide.
notice-action-certify = The account is certified.
notice-action-reject = The application has been rejected.
notice-action-declare-ineligible = The application has been declared ineligible.
notice-action-propose-suspension = The suspension has been proposed; a Supervisor will decide.
notice-action-decide-suspension = The suspension proposal has been decided.
notice-action-submit-cap = The corrective action plan has been submitted.
notice-action-reinstate = The account has been reinstated.
notice-action-remove = The account has been removed.
notice-action-file-appeal = The appeal has been filed; Headquarters will decide it.
notice-action-decide-appeal = The appeal has been decided.
notice-action-withdraw = The account has been withdrawn from the program.
decision-reason-eligibility_not_met = Eligibility requirements not met
decision-reason-incomplete_application = Application incomplete
decision-reason-security_profile_deficient = Security profile deficient
decision-reason-derogatory_information = Derogatory information
decision-reason-false_information = False information
suspension-reason-missing_mandatory_data = Missing mandatory data
suspension-reason-failed_validation = Failed validation
suspension-reason-security_incident = Security incident
suspension-reason-overdue_annual_review = Overdue annual review
suspension-reason-false_information = False information
removal-reason-false_information = False information
removal-reason-security_incident = Security incident
removal-reason-repeated_non_compliance = Repeated non-compliance
removal-reason-failed_validation = Failed validation
removal-reason-other = Other reason
notify-scss-assigned = A Supply Chain Security Specialist has been assigned and will review the application.
notify-certified = The company is now certified (Tier I).
notify-decided = Reason: { $reason }.
notify-suspended = Reason: { $reason }. Submit a corrective action plan by { $date }; without one the account will be withdrawn and re-application barred for one year.
notify-reinstated = The corrective action plan was accepted.
notify-expired = No corrective action plan arrived within 90 days. Re-application is barred for one year.
notify-removed = Reason: { $reason }. You may appeal until { $date }.
notify-appeal-decided = Headquarters has decided the appeal.
notify-withdrawn = The company has withdrawn from the program.
mail-status-changed-subject = C-TPAT account status: { $status }
mail-status-changed-body =
    Hello,

    The C-TPAT account of { $organization } (account { $account }) is now: { $status }.

    { $details }

    Details and deadlines: { $portal_url }/accounts/{ $account }

    C-TPAT Portal
history-account-suspension-proposal-declined = Suspension proposal declined
history-account-corrective-action-plan-submitted = Corrective action plan submitted
history-account-suspension-expired = Withdrawn: suspension unanswered
history-account-appeal-filed = Appeal filed
history-account-appeal-decided = Appeal decided
history-account-annual-review-approved = Annual review approved

## Bond and program policies
nav-bond-requests = Bond requests
nav-policies = Program policies
back-to-account = Back to the account
bond-title = Bond
bond-current = Current bond
bond-none = No bond is on record.
bond-edit = Change the bond
bond-request = Ask for a bond change
bond-request-intro = Bond data is kept by your Supply Chain Security Specialist. Send the new data; the SCSS will approve or reject it. The request does not hold up anything else on your account.
bond-save = Save the bond
bond-send-request = Send the request
bond-requests = Bond change requests
bond-requests-none = No bond change requests.
bond-requested-on = Requested on
bond-request-pending = Waiting for the SCSS
bond-request-approved = Approved
bond-request-rejected = Rejected
bond-reject = Reject
bond-decide = Record the decision
bond-open = Open
field-note = Note (required to reject)
err-reject-needs-note = Say why the request is rejected, so the partner can correct it.
bond-pending-title = Bond change requests to decide
bond-pending-intro = Partners' requests to change their bond data, oldest first.
notice-bond-saved = The bond has been saved.
notice-bond-requested = Your request has been sent to your Supply Chain Security Specialist.
notice-bond-decided = The decision has been recorded.
policies-title = Program policies
policies-intro = Program-wide rules that Headquarters sets. Every change is recorded.
policy-partners-may-edit-bond = Partners may edit their own bond data
policy-partners-may-edit-bond-hint = Off by default: partners then ask their SCSS for bond changes. Turn it on once all partners have complete bond data.
policies-save = Save the policies
notice-policy-saved = The policies have been saved.
history-bond-changed = Bond changed
history-bond-change-requested = Bond change requested
history-bond-change-approved = Bond change approved
history-bond-change-rejected = Bond change rejected

## Compliance and validation groups
nav-compliance = Mandatory data
nav-groups = Validation groups
compliance-title = Mandatory-data compliance
compliance-intro = Every account in the program that lacks mandatory data for its entity type, and what it lacks. Select accounts to notify them; at the deadline, those still lacking data are suspended automatically.
compliance-lacking = Lacking
compliance-select = Select
compliance-missing = Missing
compliance-notice = Notice deadline
compliance-none = Every account holds its mandatory data.
compliance-notify = Notify and suspend after this many days
field-days = Days until suspension
err-choose-at-least-one = Select at least one account.
notice-compliance-notified = The selected accounts have been notified.
deadline-compliance = Provide the missing mandatory data
groups-title = Validation groups
groups-intro = Accounts linked so that one validation covers them all; their revalidation dates align on the earliest of the group. Unlinking restores an account's own schedule.
groups-aligned = Shared revalidation date:
groups-own-date = Own revalidation date
groups-none = No validation group yet.
groups-create = Create a validation group
field-account = Account number of the first member
err-account-number = Enter the number of an account you work (shown in its address, /accounts/NUMBER).
err-already-in-group = This account is already in a validation group.
notice-group-created = The validation group has been created.
notice-group-linked = The account has been linked to the validation group.
notice-group-unlinked = The account has been unlinked; its own schedule applies again.
group-title = Validation group
group-member-of = This account belongs to the validation group { $name }.
group-aligned-date = Its revalidation is aligned on { $date }.
group-none = This account is not in a validation group.
field-group = Validation group
group-link = Link to the group
group-unlink = Unlink from the group
history-group-account-linked = Linked to a validation group
history-group-account-unlinked = Unlinked from its validation group
history-compliance-notice-sent = Notified of missing mandatory data
history-compliance-notice-resolved = Missing data provided in time
mail-missing-data-subject = Mandatory data missing for your C-TPAT account
mail-missing-data-body =
    Hello,

    The C-TPAT account of { $organization } (account { $account }) lacks mandatory data for its entity type:

    { $missing }

    Provide it by { $date } at { $portal_url }/accounts/{ $account }. If it is still missing then, the account will be suspended.

    C-TPAT Portal
err-reapply-barred = This company was withdrawn after an unanswered suspension and may apply again as this entity type from { $date }.
err-catalog-invalid = The catalog file has { $count } problem(s); the first: { $first }
err-catalog-version-exists = Catalog version { $version } is already loaded; give the new file a new version.

## Security Profile
profile-title = Security Profile
profile-catalog = Criteria version
profile-versions = Submitted versions
profile-versions-count = { $count } version(s)
profile-edit-hint = Answer each criterion that applies to your entity type. Your answers are saved as a draft; nothing is sent until an Officer submits.
profile-returned-first = Returned for changes — start here
profile-returned-so-far = Returned so far
profile-returned-so-far-hint = Your Supply Chain Security Specialist is still reviewing. These criteria open for changes when the review is finished; you will be told in the portal and by e-mail.
profile-returned-staff = Returned to the partner
profile-categories = Categories of the Minimum Security Criteria
profile-category = Category
profile-progress = Answered
profile-answered-of = { $answered } answered
profile-submit-title = Submit the profile
profile-submit-intro = Every required criterion is answered. An Officer signs the submission; your Supply Chain Security Specialist then reviews each criterion.
profile-submit = Sign and submit the profile
profile-gaps-intro = Before the profile can be submitted:
field-confirm = I confirm that these answers are true and complete, on behalf of the company.
profile-status-not_started = Not started
profile-status-draft = Draft
profile-status-submitted = Submitted, under review
profile-status-returned = Returned for changes
profile-status-approved = Approved
profile-unanswered = Not answered
compliance-meets = Meets the criterion
compliance-partially = Partially meets the criterion
compliance-does_not_meet = Does not meet the criterion
compliance-not_applicable = Not applicable (say why)
level-must = Must
level-should = Should
review-accepted = Accepted
review-returned = Returned by your SCSS
review-returned-staff = Returned to the partner
review-returned-tag = Returned
review-revised-tag = Changed since returned
profile-guidance = Implementation guidance
criterion-english = The criterion in English
profile-compliance = Compliance
profile-justification = Why it does not apply (required for "not applicable")
profile-narrative = How your company meets it
profile-narrative-hint = The written procedure, who carries it out, how often, and how it is checked.
profile-narrative-staff = How the company meets it
profile-narrative-gap = What your company does today, and what is missing
profile-narrative-gap-hint = Describe the measures in place now and the part of the criterion they do not cover yet.
profile-narrative-gap-read = What the company does today, and what is missing
profile-plan-legend = Corrective action plan
profile-plan-hint = Only when the answer is "partially meets" or "does not meet": what your company will do to meet the criterion, who does it, and the date it will be complete.
profile-plan = The corrective action plan
profile-plan-due = Date the plan will be complete
hint-date = For example 2027-03-31.
review-decision = Decision on { $id }
review-accept = Accept
review-return = Return to the partner with a comment
review-comment = Comment to the partner (required to return)
review-save = Record the decisions
profile-save = Save
profile-save-next = Save and go to the next category
profile-saved-with-problems = Your answers are saved. Some need attention before the profile can be submitted.
autosave-saved = Draft saved at
autosave-check = Draft saved; some answers need attention — saved at
autosave-failed = The draft could not be saved automatically; use the Save button.
risk-title = Risk assessment
risk-intro = The five steps of the supply-chain risk assessment. Describe each step; attach detailed documents as evidence.
risk-step-1 = 1. Map the cargo flow and identify business partners
risk-step-1-hint = From the point of origin to the destination: every hand-off, transport mode, warehouse and business partner.
risk-step-2 = 2. Conduct a threat assessment
risk-step-2-hint = Threats along the routes and at the places where cargo rests: terrorism, contraband, human smuggling, organised crime, pests.
risk-step-3 = 3. Conduct a vulnerability assessment against the Minimum Security Criteria
risk-step-3-hint = Where each partner and site falls short of the criteria.
risk-step-4 = 4. Prepare an action plan
risk-step-4-hint = What will be done about each vulnerability, by whom and by when.
risk-step-5 = 5. Document how risk assessments are conducted
risk-step-5-hint = Who does them, how often, and how the results are kept.
profile-version = Version
profile-signed-at = Signed
profile-version-kind = Kind
profile-version-submission = Submission
profile-version-annual_review = Annual review
profile-version-title = Version { $number }
profile-criterion = Criterion
compare = Compare
compare-left = From version
compare-right = To version
compare-title = Comparing version { $a }
compare-changed = Changed
notice-profile-saved = Your answers have been saved.
notice-profile-submitted = The profile has been signed and submitted for review.
notice-profile-review-saved = Recorded: { $accepted } accepted and { $returned } returned. The profile stays with you until every criterion has a decision.
notice-profile-approved = Every answer is accepted: the profile is approved.
notice-profile-returned = Recorded: { $accepted } accepted and { $returned } returned. The profile has gone back to the partner with your comments; they are told by e-mail.
err-profile-na-justify = Say why this criterion does not apply to your company.
err-profile-must-unanswered = Answer criterion { $id }: it is required.
err-profile-returned-unchanged = Criterion { $id } was returned by your SCSS; change your answer before submitting again.
err-profile-under-review = The profile is under review; answers can change again when the review is done.
err-profile-only-officer-signs = Only an Officer of the company can sign and submit the profile.
err-profile-not-started = Answer the profile before submitting it.
err-profile-incomplete = The profile cannot be submitted yet: { $count } item(s) need attention (listed below).
err-profile-must-confirm = Confirm that the answers are true and complete.
err-profile-not-submitted = There is no submitted profile to review.
err-profile-return-needs-comment = Say what the partner should change.
err-review-comment-needs-decision = Choose Accept or Return for this criterion, or clear its comment: a comment is sent only with a return.
err-review-nothing-decided = Nothing was recorded: choose Accept or Return for at least one criterion.
notify-profile-approved = The Security Profile has been approved.
notify-profile-returned = The Security Profile has been returned for changes; the returned criteria are listed first on the profile page.
history-profile-started = Security Profile started
history-profile-answers-saved = Profile answers saved
history-profile-risk-assessment-saved = Risk assessment saved
history-profile-submitted = Security Profile submitted
history-profile-reviewed = Profile review recorded
history-profile-approved = Security Profile approved
history-profile-returned = Security Profile returned for changes

## Evidence files
evidence-title = Evidence for criterion { $id }
evidence-link = Evidence files: { $count }
evidence-none = No evidence file yet.
evidence-file = File
evidence-size = Size
evidence-uploaded = Uploaded
evidence-add = Add a file
evidence-choose = File to upload
evidence-hint = Accepted: { $accepted }.
evidence-max = At most { $mb } MB per file.
evidence-upload = Upload
notice-file-uploaded = The file has been uploaded.
notice-file-removed = The file has been removed from this criterion.
error-upload-too-large = The file is larger than the portal accepts. Nothing was stored. Upload a smaller file.
error-upload-title = The upload did not complete
error-upload-broken = The file did not arrive completely. Nothing was stored; try again.
err-file-empty = The file is empty.
err-file-type-refused = This kind of file is not accepted: web pages, scripts and programs are refused whatever their name.
err-file-type-unknown = This kind of file is not accepted. Accepted: { $accepted }.
err-file-type-mismatch = The file's content does not match its name ending ".{ $ext }". Accepted: { $accepted }.
err-file-quota = The company's storage is full (at most { $mb } MB). Remove files you no longer need.
err-file-missing = Choose a file to upload.
history-file-uploaded = File uploaded
history-file-downloaded = File downloaded
history-evidence-removed = Evidence file removed
library-title = Partner library
library-intro = The account's documents: approved Security Profile versions, validation reports, and the program's letters of certification, suspension, reinstatement and removal. Each prints cleanly from the browser; letters also download as PDF. Documents for every partner are in the Public Library.
library-none = No document yet.
library-document = Document
library-approved = Approved
library-profile = Security Profile, version { $number }
profile-print-hint = To keep a copy, print this page (or save it as PDF) from your browser; navigation is left out.

## Catalog administration
nav-catalog = Criteria catalog
catalog-title = Minimum Security Criteria catalog
catalog-intro = The criteria partners answer, loaded as versions. Loading a new version moves every open profile to it: answers to unchanged criteria carry over, new and changed criteria are flagged to the partner.
catalog-versions = Loaded versions
catalog-version = Version
catalog-name = Title
catalog-loaded = Loaded
catalog-current = Current
catalog-load = Load a new version
catalog-file = Catalog file (TOML)
catalog-file-hint = Check it first with `ctpat catalog check FILE`; every problem is listed here with its line.
catalog-load-submit = Load the catalog
catalog-invalid = The catalog file has problems; nothing was loaded.
catalog-issue = Line { $line }:
catalog-shipped-title = This release ships catalog version { $version }
catalog-shipped-intro = The database started on an earlier release and still uses an older version. Loading it moves every open profile to it: answers to unchanged criteria carry over, new and changed criteria are flagged to the partner.
catalog-shipped-submit = Load version { $version }
catalog-coverage = What the current version asks
catalog-coverage-caption = Criteria each entity type answers in the current version
catalog-entity = Entity type
catalog-must = Must
catalog-should = Should
catalog-to-verify = { $count } criteria to verify against the CBP documents
catalog-to-verify-intro = These criteria were written from the team's knowledge of the 2019 per-entity documents, which were not at hand to check against (basis "recall"). Check each ID, level and the entity types it applies to; correct the file and load it as a new version if anything differs.
notice-catalog-loaded = The new catalog version is loaded and current.
profile-flagged = New or changed criteria to answer
profile-criterion-new = New or changed

## Annual review
annual-title = Annual review
annual-not-open = The annual review window opens on { $opens }; the review is due on { $due }.
annual-open = The annual review window is open: review and update your profile, then an Officer signs by { $due }. Only changes made inside the window count.
annual-overdue = The annual review was due on { $due } and is overdue. Sign it as soon as possible.
annual-submitted = Annual review (version { $number }) signed; waiting for your Supply Chain Security Specialist to approve it.
annual-changed = Criteria updated in this window:
annual-sign = Sign the annual review
annual-approve = Approve the annual review
notice-annual-signed = The annual review has been signed and sent to your SCSS.
notice-annual-approved = The annual review is approved; the next one is due in a year.
err-annual-not-open = The annual review window is not open.
err-annual-nothing-to-approve = There is no signed annual review to approve.
history-annual-review-signed = Annual review signed
history-annual-review-approved = Annual review approved
history-annual-review-reminder-sent = Annual review reminder sent
mail-annual-reminder-subject = C-TPAT annual review due on { $date }
mail-annual-reminder-body =
    Hello,

    The annual review of the Security Profile of { $organization } (account { $account }) is due on { $date }.
    Review and update the profile, then have an Officer sign the annual review: { $portal_url }/accounts/{ $account }/profile

    Only changes made in the 90 days before the due date count for the review.

    C-TPAT Portal
mail-annual-overdue-subject = Annual review overdue: account { $account }
mail-annual-overdue-body =
    Hello,

    The annual review of { $organization } (account { $account }) was due on { $date } and has not been signed.
    Consider proposing a suspension (reason: overdue annual review): { $portal_url }/accounts/{ $account }

    C-TPAT Portal
next-staff-annual-overdue = The annual review is overdue: consider proposing a suspension with the reason "overdue annual review".
err-svi-format = Enter an SVI number as SVI- followed by 8 letters and digits (no 0, O, 1, I or L).
perm-manage-svi = Manage Status Verification Interface connections and sharing

## SVI: connections, settings, verification, notifications
svi-title = Status Verification Interface (SVI)
svi-number-intro = Give this number to your business partners: with it they can ask to connect and see whether you are certified.
svi-not-eligible = SVI opens once the account is active (an SVI number is given when the application is submitted and accepted for review). Closed accounts cannot connect.
svi-not-participating = This account has left SVI. Partners cannot find it or ask to connect.
svi-partners = Connected partners
svi-partners-none = No connected partners yet.
svi-col-partner = Partner
svi-col-certified = Certified
svi-col-contact = Primary contact
svi-col-since = Connected since
svi-col-actions = Actions
svi-col-requested = Requested on
svi-col-line = Line
svi-col-result = Result
svi-certified = Certified
svi-not-certified = Not certified
svi-not-shared = Not shared
svi-also = Other accounts of this organization
svi-remove = Remove connection
svi-incoming = Requests to connect with you
svi-outgoing = Requests you sent
svi-number-intro-staff = The account's partners use this number to ask to connect and to see whether it is certified.
svi-incoming-staff = Requests to connect with this account
svi-outgoing-staff = Requests this account sent
svi-blocks-staff = Accounts this account blocked
svi-blocks-intro-staff = These accounts cannot ask to connect again until the partner removes the block.
svi-accept = Accept
svi-decline = Decline
svi-withdraw = Withdraw request
svi-decline-hint = Declining also blocks further requests from that account until you remove the block.
svi-connect = Connect to a partner
svi-send-request = Send request
field-svi_number = Partner's SVI number
hint-svi_number = For example SVI-7KQ2M9XA. Ask your partner for it.
field-q = Search by company name
svi-search = Search
svi-search-results = Companies found
svi-search-none = No participating company matches that name.
svi-state-connected = Connected
svi-state-pending = Request pending
svi-state-blocked = They declined an earlier request
svi-blocks = Accounts you blocked
svi-blocks-intro = These accounts cannot ask to connect again until you remove the block.
svi-blocked-on = blocked on
svi-unblock = Remove block
svi-settings = Sharing settings
field-auto_accept = Accept connection requests automatically
field-share_more = Share more: partners also see our tier and primary contact
hint-share_more = Otherwise partners see only the company name and whether the account is certified.
field-scope = Which of our organization's accounts partners see
svi-scope-all = All accounts of the organization
svi-scope-chosen = Only this account and the ones ticked below
svi-scope-no-sisters = The organization has no other account.
field-accounts = Accounts shared
svi-save-settings = Save settings
svi-email-status = E-mail our status to a company outside the program
svi-email-status-intro = The company receives this account's SVI number, whether it is certified, and an invitation to join C-TPAT.
svi-email-send = Send e-mail
svi-participation = Taking part in SVI
svi-leave-intro = Leaving SVI ends every connection and request at once; partners are told.
svi-leave = Leave SVI
svi-join = Take part in SVI again
svi-back = Back to SVI
svi-verify-title = Bulk verification
svi-verify-intro = Upload a CSV file with up to { $max } SVI numbers, one per line (first column; a header line "svi_number" is allowed). You get one result per line, in the same order.
field-svi_file = CSV file
hint-svi_file = UTF-8 text, one SVI number per line.
svi-verify-show = Show results
svi-verify-csv = Download results as CSV
svi-verify-results = Results
svi-result-certified = Certified
svi-result-not-certified = Not certified
svi-result-unknown = Unknown
svi-result-not-connected = Not connected
svi-result-invalid-format = Invalid format
notifications-title = Notifications
notifications-none = No notifications.
notifications-new = New
notifications-mark-read = Mark all as read
note-partner-status = { $name } ({ $svi }) changed status from { $previous } to { $status }.
note-profile-returned = Your Supply Chain Security Specialist finished the review and returned { $count ->
    [one] one criterion
   *[other] { $count } criteria
  } of your Security Profile: change them and submit it again.
note-open-profile = Open the Security Profile
note-open-svi = Open SVI connections
note-profile-approved = Your Supply Chain Security Specialist accepted every answer: your Security Profile is approved.
note-svi-request = { $name } ({ $svi }) asks to connect in SVI.
note-svi-connected = { $name } ({ $svi }) connected with you (automatic acceptance).
note-svi-accepted = { $name } ({ $svi }) accepted your connection request.
note-svi-disconnected = { $name } ({ $svi }) ended the SVI connection.
notice-svi-requested = Your request has been sent.
notice-svi-requested-many = { $sent ->
    [0] No request was sent
    [one] One request was sent
   *[other] { $sent } requests were sent
  }; { $connected } connected at once (those partners accept automatically); { $skipped } skipped (already connected or asked, blocked, or not taking part in SVI).
notice-svi-none-ticked = No number was ticked, so no request was sent.
notice-svi-connected = Connected: the partner accepts requests automatically.
notice-svi-accepted = The connection is accepted.
notice-svi-declined = The request is declined and that account is blocked.
notice-svi-removed = Done: the connection or request has ended.
notice-svi-unblocked = The block is removed.
notice-svi-settings-saved = The sharing settings are saved.
notice-svi-left = You have left SVI; every connection has ended.
notice-svi-joined = The account takes part in SVI again.
notice-svi-status-emailed = The e-mail has been queued for sending.
err-svi-not-active = This account cannot connect in SVI: it needs an SVI number and must not be closed.
err-svi-not-participating = This account has left SVI. Take part again to connect.
err-svi-unknown = No participating account has this SVI number.
err-svi-self = This is your own account's SVI number.
err-svi-blocked = This account declined an earlier request from you; it must remove the block first.
err-svi-already = You are already connected to this account, or a request is pending.
err-svi-not-pending = This request has already been answered.
err-svi-search-short = Enter at least { $min } characters of the company name.
err-svi-search-rate = You have searched many times in a short while. Wait { $seconds } seconds, then search again.
err-svi-scope-foreign = Choose only other accounts of your own organization.
err-csv-encoding = The file is not UTF-8 text (line { $line }). Save it as "CSV UTF-8" and upload again.
err-csv-line = Line { $line } contains characters that cannot be part of an SVI number.
err-csv-too-many = The file has more than { $max } SVI numbers. Split it into several files.
err-csv-empty = The file contains no SVI numbers.
err-csv-none = Choose a CSV file to upload.
err-svi-none-ticked = Tick at least one number to request a connection.
err-svi-too-many = At most { $max } numbers can be requested at once. Verify a shorter list.
svi-verify-askable = { $count ->
    [one] One number belongs to a partner of the program you are not connected to. Its status shows only through a connection: request one, and it shows once the partner accepts.
   *[other] { $count } numbers belong to partners of the program you are not connected to. Their status shows only through a connection: request connections to the ticked numbers, and each shows once its partner accepts.
  }
svi-col-request = Request
svi-ask-label = Request a connection to { $number }
svi-request-ticked = Request connections to the ticked numbers
err-csv-too-large = The file is larger than 1 MB; 10,000 SVI numbers fit in far less. Check that it is the right file.
mail-partner-status-changed-subject = SVI: { $organization } is now { $status }
mail-partner-status-changed-body =
    Hello,

    The C-TPAT status of your connected partner { $organization } ({ $svi }) changed from { $previous } to { $status }.

    See your SVI connections: { $portal_url }

    This message was sent because your account is connected to this partner in the Status Verification Interface.
mail-svi-status-subject = C-TPAT status of { $organization }
mail-svi-status-body =
    Hello,

    { $organization } ({ $entity_type }) takes part in C-TPAT, the customs supply-chain security partnership.

    SVI number: { $svi }
    Certified: { $certified ->
        [yes] Yes
       *[no] No
    }
    As of: { $date }

    Companies in the program can connect to this SVI number in the portal to follow the status.
    To join the program yourself, apply at { $portal_url }
perm-manage-api-tokens = Create and revoke the account's API tokens and webhooks
err-api-scopes = Choose at least one scope.

## REST API problem titles
api-problem-unauthenticated = A valid API token is required
api-problem-forbidden = This token may not do that
api-problem-rate-limited = Too many calls: wait before trying again
api-problem-not-found = Not found
api-problem-not-connected = Not connected to that account
api-problem-invalid-field = A field is missing or wrong
api-problem-unknown-field = The request has a field this call does not take
api-problem-malformed-body = The body is not a JSON object
api-problem-refused = The request was refused
api-problem-timeout = The request took too long and was stopped
api-problem-too-large = The body is larger than the API accepts
api-problem-method-not-allowed = Method not allowed
api-problem-unsupported-media-type = Unsupported media type
api-problem-invalid-path = Malformed path parameter
api-problem-changed-meanwhile = Changed by someone else meanwhile
api-problem-internal = Something went wrong on our side

## API tokens page
api-tokens-title = API tokens
api-tokens-intro = Systems of your company can call the portal's REST API with a token of this account: look up and verify partners in SVI, manage connections. Every call is recorded in the account's history.
api-openapi-link = API description (OpenAPI)
api-tokens-none = This account has no API token.
api-col-token = Token
api-col-created = Created
api-col-last-used = Last used
field-scopes = Scopes
api-scope-svi-read = look up and verify partners, list connections
api-scope-svi-write = request, accept and decline connections
api-never-used = Never
api-token-live = Active
api-token-revoked-on = Revoked on
api-token-revoke = Revoke
api-token-new = Create a token
api-token-create = Create token
api-token-created = Token created
api-token-copy-now = Copy it now and keep it in your system's secret store: it is shown only this once. The portal keeps only a fingerprint of it.
api-token-secret = The new token
notice-api-token-revoked = The token is revoked; calls with it are refused from now on.
field-token_name = Token name
hint-token_name = Name the system that will use it, e.g. "ERP supplier check".
err-type-array = Must be an array.
err-type-string = Must be a string.
err-too-many = At most { $max } items are accepted.

## Webhooks page
webhooks-title = Webhooks
webhooks-intro = Your systems can be told at once when a connected SVI partner's status changes. Each delivery is a JSON POST signed with HMAC-SHA256: the header X-CTPAT-Signature carries sha256= and the hex digest of the X-CTPAT-Timestamp value, a full stop, and the body, keyed with the endpoint's secret. Failed deliveries are retried after 1, 5, 30, 120 and 720 minutes.
webhooks-endpoints = Endpoints
webhooks-none = No endpoint is registered.
webhook-new = Register an endpoint
field-url = Endpoint URL (HTTPS)
hint-url = For example https://erp.example.com/ctpat/events
webhook-add = Register endpoint
webhook-created = Endpoint registered
webhook-secret-once = Copy the signing secret now and keep it with your receiving system: it is shown only this once.
webhook-secret = Signing secret
webhook-remove = Remove
webhooks-deliveries = Deliveries
webhooks-no-deliveries = Nothing has been sent yet.
webhook-col-at = Queued
webhook-col-event = Event
webhook-col-url = Endpoint
webhook-col-attempts = Attempts
webhook-col-result = Result
webhook-col-next = Next attempt
webhook-delivered = Delivered (HTTP { $status })
webhook-gave-up = Given up: { $error }
webhook-queued = Queued
webhook-retrying = Will retry: { $error }
webhook-removed-url = (endpoint removed)
notice-webhook-removed = The endpoint is removed; nothing more is sent to it.
err-url = Enter a full web address, such as https://erp.example.com/ctpat/events.
err-url-https = The address must start with https://.
err-upload-busy = You are already sending { $max } files. Wait until they have arrived, then send this one.
err-mail-cap = You have sent { $max } e-mails through the portal in the last hour, the most allowed. Try again later.
err-path-id = Must be a whole number from 1 to 9223372036854775807.
err-api-tokens-cap = An account can hold at most { $max } live tokens. Revoke one you no longer use first.
err-webhooks-cap = An account can register at most { $max } webhooks. Remove one you no longer use first.
err-url-credentials = Do not put a user name or password in the address; verify deliveries with the signing secret instead.
err-url-private = The address points into a private or internal network; use a public HTTPS address of your system.
notifications-unread = { $count } new

# Account history: the words for every recorded action.
history-access-denied = Access refused
history-account-user-removed = Person removed from the account
history-account-user-role-changed = Role of a person changed
history-api-token-created = API token created
history-api-token-revoked = API token revoked
history-api-calls = API calls
history-catalog-loaded = Criteria catalog loaded
history-compliance-exported = Compliance report exported
history-demo-bond-removed = Bond removed (demo data)
history-devices-forgotten = Remembered browsers forgotten
history-group-created = Validation group created
history-invitation-accepted = Invitation accepted
history-login-failed = Sign-in failed
history-login-ok = Signed in
history-login-refused = Sign-in refused
history-logout = Signed out
history-mfa-disabled = Two-step verification turned off
history-mfa-enrolled = Two-step verification turned on
history-mfa-enrolment-failed = Two-step verification set-up failed
history-mfa-enrolment-started = Two-step verification set-up started
history-mfa-failed = Verification code refused
history-notifications-read = Notifications marked read
history-password-changed = Password changed
history-password-reset = Password reset
history-password-reset-requested = Password reset requested
history-policy-changed = Program policy changed
history-reauth-failed = Confirmation of identity failed
history-session-ended = Session ended
history-session-ended-others = Other sessions ended
history-staff-created = Staff member created
history-svi-accepted = SVI connection request accepted
history-svi-accepted-by-partner = A partner accepted the SVI connection request
history-svi-declined = SVI connection request declined
history-svi-declined-by-partner = A partner declined the SVI connection request
history-svi-disconnected = SVI connection ended
history-svi-joined = Joined SVI
history-svi-left = Left SVI
history-svi-request-received = SVI connection request received
history-svi-requested = SVI connection requested
history-svi-settings-changed = SVI settings changed
history-svi-status-emailed = Status e-mailed to a non-member
history-svi-unblocked = SVI block lifted
history-svi-verified = SVI numbers verified
history-user-email-verified = E-mail address verified
history-user-locale-changed = Language changed
history-user-signed-up = Signed up
history-user-signup-duplicate = Sign-up with an address already registered
history-webhook-created = Webhook registered
history-webhook-removed = Webhook removed
history-demo-user-created = Demo person created

## Validations
validations-title = Validations
validations-intro = A validation is your Supply Chain Security Specialist's visit (in person or virtual) that checks your Security Profile against what your company does. You get at least 30 days' written notice; upcoming, current and past validations are listed here.
validations-intro-staff = Validations of this account: upcoming, under way and past. Scheduling one tells every contact of every account it covers, in the portal and by e-mail.
validations-upcoming = Upcoming
validations-in-progress = Under way
validations-history = Past
validations-none = None.
validation-schedule = Schedule a validation
validation-schedule-button = Schedule and tell the partner
validation-dates = Dates
validation-sites = Sites
validation-open = Open
validation-title = Validation
validation-details = Details
validation-accounts = Accounts covered
validation-team = Team
validation-team-hint = You are on the team. Tick the specialists who join you.
validation-short-notice = Reason for short notice
validation-changes = Changes
validation-reschedule = Move the validation
validation-reschedule-button = Move it and tell the partner
validation-cancel = Call the validation off
validation-cancel-button = Call it off and tell the partner
validation-notice-rule = The partner gets at least { $days } days' written notice: every contact of every account covered is told in the portal and by e-mail. Less notice needs a Supervisor's recorded reason.
validation-group = Validation group: { $name }
validation-sites-hint = At least one domestic site. A virtual validation is listed as a virtual site beside it.
validation-sites-hint-foreign = At least one domestic site and one foreign site: this entity type has a site abroad.
validation-status-scheduled = Scheduled
validation-status-report_submitted = Report waiting for a Supervisor
validation-status-approved = Completed
validation-status-cancelled = Called off
validation-change-rescheduled = { $at }: moved by { $by } from { $from }. Reason: { $reason }
validation-change-cancelled = { $at }: called off by { $by }. Reason: { $reason }
validation-notice-scheduled = validation scheduled
validation-notice-rescheduled = validation moved
validation-notice-cancelled = validation called off
site-kind-domestic = Domestic
site-kind-foreign = Foreign
site-kind-virtual = Virtual
field-start = First day
field-end = Last day
field-short_notice_reason = Reason for less notice than the program gives (Supervisors only)
field-change_reason = Reason for the change (the partner reads it)
field-cancel_reason = Reason for calling it off (the partner reads it)
field-whole_group = Cover every account of the group in this one validation
field-site_name = Site: name and address
field-site_kind-1 = Kind of site 1
field-site_kind-2 = Kind of site 2
field-site_kind-3 = Kind of site 3
field-site_kind-4 = Kind of site 4
field-site_name-1 = Site 1: name and address
field-site_name-2 = Site 2: name and address
field-site_name-3 = Site 3: name and address
field-site_name-4 = Site 4: name and address
field-team = Team
field-sites = Sites
program-validations-title = Validations
nav-validations = Validations
program-validations-intro = Validations scheduled or under way, nearest first.
validations-open-title = Scheduled and under way
validations-due-title = Validations due
validations-due-intro = First validations fall due within a year of certification, revalidations four years after the last validation; the accounts of a validation group share the group's earliest date. Nearest first; overdue ones are flagged.
validations-due-window = Due within
validations-due-days = { $count } days
validations-due-none = No validation falls due in this window.
validations-due-date = Due
validations-due-kind = Kind
validations-due-scheduled = Scheduled for
validations-due-group = Validation group: { $name }
validations-overdue = Overdue
validation-kind-first = First validation
validation-kind-revalidation = Revalidation
notice-validation-scheduled = The validation is scheduled; every contact of the accounts covered has been told.
notice-validation-rescheduled = The validation has moved; everyone covered has been told again.
notice-validation-cancelled = The validation is called off; everyone covered has been told.
err-validation-not-certified = A validation is scheduled for a certified or validated account.
err-validation-already-open = An account covered already has a validation scheduled or under way: move that one instead.
err-validation-short-notice = The first day must be at least { $days } days from today (the partner's written notice); only a Supervisor can schedule it sooner, with the reason recorded.
err-validation-end-before-start = The last day cannot be before the first day.
err-validation-domestic-site = List at least one domestic site.
err-validation-foreign-site = List a foreign site: this entity type has a site abroad.
err-validation-not-scheduled = Only a scheduled validation can be moved or called off.
err-validation-reason = Say why the validation changes: the partner reads it.
deadline-validation-scheduled = Validation begins
note-validation-scheduled = A validation is scheduled from { $start } to { $end }.
note-validation-rescheduled = The validation has moved: now from { $start } to { $end }. Reason: { $reason }
note-validation-cancelled = The validation from { $start } to { $end } is called off. Reason: { $reason }
note-open-validations = Open the validations
validation-reason-line = Reason: { $reason }
history-validation-scheduled = Validation scheduled
history-validation-rescheduled = Validation moved
history-validation-cancelled = Validation called off
mail-validation-notice-subject = C-TPAT { $what }: { $start }
mail-validation-notice-body =
    Hello,

    For the C-TPAT account of { $organization } (account { $account }): { $what }.

    Dates: { $start } to { $end }
    Sites: { $sites }
    { $reason }

    Details: { $portal_url }/accounts/{ $account }/validations

    C-TPAT Portal
findings-title = Findings
findings-none = No findings recorded.
finding-kind-required_action = Required action
finding-kind-recommendation = Recommendation
finding-kind-best_practice = Best practice
finding-status-open = Waiting for the partner
finding-status-answered = Answered, waiting for the SCSS
finding-status-closed = Closed
finding-site = Site
finding-site-none = Not tied to one site
finding-due = Answer due
finding-response = Your answer: what the company did or will do
finding-answer = Send the answer
finding-comment = Comment for the partner
finding-close = Close the finding
finding-reopen = Reopen the finding
finding-record = Record a finding
finding-record-button = Record the finding and tell the partner
finding-note-response = { $at }, { $by } answered: { $text }
finding-note-closed = { $at }, { $by } closed it: { $text }
finding-note-reopened = { $at }, { $by } reopened it: { $text }
field-finding_kind = Kind of finding
field-finding_criteria = MSC criteria (IDs, for example 4.1, 4.2)
field-finding_site = Site
field-finding_text = What was found
field-finding_due = Answer due (required actions; empty: 90 days from today)
field-response = Your answer
field-comment = Comment
notice-finding-recorded = The finding is recorded; the partner has been told.
notice-finding-answered = Your answer is sent to your Supply Chain Security Specialist.
notice-finding-closed = The finding is closed.
notice-finding-reopened = The finding is reopened; the partner has been told.
err-finding-criteria = Name at least one MSC criterion by its ID.
err-finding-criterion-unknown = { $id } is not a criterion of the catalog.
err-finding-validation-closed = Findings are recorded and answered while the validation is open.
err-finding-closed = The finding is closed.
err-finding-not-closed = The finding is not closed.
note-finding-recorded = A validation finding was recorded: { $kind }, criteria { $criteria }. Answer it on the validation's page.
note-finding-closed = Your Supply Chain Security Specialist closed a finding (criteria { $criteria }).
note-finding-reopened = Your Supply Chain Security Specialist reopened a finding (criteria { $criteria }): see the comment.
notify-finding-recorded = A finding was recorded at the validation for criteria { $criteria }. Answer it in the portal{ $due ->
    [none] .
   *[other] by { $due }.
  }
history-validation-finding-recorded = Validation finding recorded
history-validation-finding-answered = Validation finding answered
history-validation-finding-closed = Validation finding closed
history-validation-finding-reopened = Validation finding reopened
report-title = Report
report-none = No report yet.
report-outcome = Outcome
report-summary = Summary
report-author = Written by
report-approved-by = Approved
report-returned-by = Returned by the Supervisor
report-tier-three-reason = Why Tier III
report-follow-up-by = required actions due by { $date }
report-submit = Submit the report
report-submit-button = Submit the report for a Supervisor's approval
report-decide = Decide on the report
report-decide-button = Record the decision
report-approve = Approve: the outcome applies to every account covered
report-return = Return it to its author
report-outcome-validated = Validated (Tier II)
report-outcome-tier_three = Validated with best practices (Tier III)
report-outcome-follow_up = Follow-up required
report-outcome-suspension = Propose a suspension (failed validation)
field-report_summary = Summary of the validation
field-report_outcome = Proposed outcome
field-report_follow_up_due = Follow-up due (only for "Follow-up required")
field-report_decision = Decision
field-report_comment = Comment
hint-report_comment = Required to return the report (its author reads it), and to approve Tier III (why).
validation-summary-title = Validation summary
notice-report-submitted = The report is submitted; a Supervisor decides on it.
notice-report-approved = The report is approved and its outcome applied to every account covered.
notice-report-returned = The report is returned to its author.
err-report-not-open = The report is written while the validation is open.
err-report-not-submitted = There is no report waiting for a decision.
err-report-return-comment = Say what the author should change.
err-report-tier-three-reason = Record why the company earns Tier III.
notify-validated = The validation report is approved: the company is validated.
history-validation-report-submitted = Validation report submitted
history-validation-report-approved = Validation report approved
history-validation-report-returned = Validation report returned
library-validation = Validation summary of { $date }
deadline-finding-response = Answer the required action found at the validation
history-validation-finding-reminder-sent = Reminder of a finding's deadline sent
mail-finding-reminder-subject = C-TPAT validation finding: answer due on { $date }
mail-finding-reminder-body =
    Hello,

    A required action found at the validation of account { $account } (criteria { $criteria }) is to be answered by { $date }.

    Answer it in the portal: { $portal_url }/accounts/{ $account }/validations

    C-TPAT Portal
queue-overdue-finding = Finding answer overdue
history-demo-finding-due-moved = A finding's answer day moved back (demo data)
action-confirm-withdraw = I withdraw this account from C-TPAT on behalf of the company. Connected SVI partners are told, and the company may apply again later.
err-withdraw-confirm = Tick the box to confirm the withdrawal.
refusal-reinstate-missing-data = The account cannot be reinstated while its mandatory data is incomplete: { $count ->
    [one] one item is
   *[other] { $count } items are
  } still missing (listed on the account).
err-group-other-company = A validation group holds the accounts of one company, or of a parent company and its subsidiaries: record the parent company first.
err-parent-loop = A company cannot be its own parent, nor the parent of its parent.
history-organization-parent-set = Parent company recorded
group-parent = Parent company
group-parent-none = No parent company recorded.
group-parent-of = Subsidiary of { $name } (account { $account }).
field-parent = Parent company's account number (empty: none)
group-parent-save = Record the parent company
notice-parent-set = The parent company is recorded.
missing-bond_type_importer = A continuous import bond (the bond on file is of another type)
missing-bond_type_air_carrier = An international carrier bond (the bond on file is of another type)
missing-bond_type_sea_carrier = An international carrier bond (the bond on file is of another type)
missing-bond_type_rail_carrier = A common carrier bond (the bond on file is of another type)
missing-bond_type_consolidator = An international carrier bond or a custodial bond (the bond on file is of another type)
finding-files = Files attached to the answer
finding-file = A file for the answer (evidence)
hint-finding-file = PDF, an image or an office document; the same size limit as the Security Profile's evidence.
finding-file-upload = Attach the file
deadline-reminder-certification-target = the 90-day target for the certification decision
deadline-reminder-response = the answer to the suspension (corrective action plan)
deadline-reminder-appeal = the last day to appeal the removal
deadline-reminder-appeal-decision = the decision on the appeal (HQ)
deadline-reminder-validation = the validation due date
history-deadline-reminder-sent = Deadline reminder sent
mail-deadline-reminder-subject = C-TPAT deadline on { $date }: { $what }
mail-deadline-reminder-body =
    Hello,

    For C-TPAT account { $account }, { $what } falls on { $date }.

    Details: { $portal_url }/accounts/{ $account }

    C-TPAT Portal
timers-title = Program timers
timers-intro = The deadlines of the program, for every account. A change applies to the dates computed from now on (each account's dates are derived again when something next happens to it) and is recorded in the audit trail.
timers-save = Save the timers
timer-default = Program default: { $value }
timer-unit-days = days
timer-unit-years = years
timer-certification-target = Target for the certification decision after applying
timer-first-validation-within = First validation due after certification
timer-revalidation-years = Revalidation interval
timer-validation-notice = Written notice before a validation
timer-finding-response = Time to answer a required action found at a validation
timer-annual-review-window = Annual review window before its due date
timer-suspension-response = Time to answer a suspension
timer-reapply-bar = Bar on applying again after a withdrawal
timer-appeal-window = Time to appeal a removal
timer-appeal-window-false-information = Time to appeal a removal for false information
timer-appeal-decision-within = Time for HQ to decide an appeal
err-timer-range = Enter a whole number from { $min } to { $max }.
notice-timers-saved = The program timers are saved.
history-policy-timer-changed = Program timer changed

## Corrective action plans and appeals
statement-corrective-action-plan = Corrective action plan
statement-appeal = Appeal against the removal
statement-corrective-action-plan-intro = Explain what caused the suspension, what you have done and will do about it, and by when. Attach the evidence (policies, records, photos). Your SCSS and a Supervisor read the plan before deciding on reinstatement.
statement-appeal-intro = Explain why the removal should be reversed and attach the evidence. Headquarters decides the appeal.
statement-deadline = Send it by { $date }.
statement-files = Evidence attached
statement-files-none = No files attached yet.
statement-file = File to attach
statement-file-hint = Up to { $max } MB. Accepted:
statement-attach = Attach the file
statement-text = Your statement
field-statement-corrective-action-plan = The plan
field-statement-appeal = The grounds of the appeal
hint-statement-corrective-action-plan = Save it as a draft as often as you like; once sent, it cannot be changed.
hint-statement-appeal = Save it as a draft as often as you like; once sent, it cannot be changed.
field-body = The statement
statement-save = Save the draft
statement-send-corrective-action-plan = Send the plan
statement-send-appeal = File the appeal
statement-officer-sends-corrective-action-plan = An Officer or Account admin of the company sends the plan.
statement-officer-sends-appeal = Only an Officer of the company files the appeal; you can prepare it.
statement-sent = Sent
statement-sent-none = Nothing has been sent yet.
statement-sent-by = Sent by { $who }
statement-read-corrective-action-plan = Read the corrective action plan and its evidence
statement-read-appeal = Read the appeal and its evidence
action-page-submit-cap = Write the plan and attach its evidence on its own page.
action-page-file-appeal = Write the appeal and attach its evidence on its own page.
notice-statement-saved = Your draft has been saved.
notice-statement-sent-corrective-action-plan = The corrective action plan has been sent.
notice-statement-sent-appeal = The appeal has been filed.
refusal-statement-on-its-page = A plan or an appeal is sent with its text, from its own page.
history-statement-drafted = Statement drafted
history-statement-sent = Statement sent
queue-overdue-appeal = Appeal decision overdue

## Eligibility declarations and cargo facilities
missing-cargo_facility = At least one cargo facility (list your top three by volume or risk)
missing-declaration_imported_last_12_months = A declaration that the company imported in the last 12 months
missing-declaration_export_security_program = A declaration of a documented export security program
missing-declaration_broker_active_last_year = A declaration that the broker transacted customs business in the last year
missing-declaration_crosses_border = A declaration that the carrier's fleet crosses the border
missing-declaration_hauls_us_bound_cargo = A declaration that the carrier hauls cargo bound for the United States
missing-declaration_isps_mtsa_compliant = A declaration of ISPS and MTSA compliance
missing-declaration_asset_based = A declaration that the provider is asset-based
declarations-legend = Eligibility declarations
declarations-intro = Tick what is true of your company. The program relies on it and checks it at validation.
field-declare_imported_last_12_months = We imported goods into the United States or Canada in the last 12 months.
field-declare_export_security_program = We have a documented export security program.
field-declare_broker_active_last_year = We transacted customs business in the last year.
field-declare_crosses_border = Our fleet crosses the border into the United States.
field-declare_hauls_us_bound_cargo = We haul cargo bound for the United States.
field-declare_isps_mtsa_compliant = Our vessels comply with the ISPS Code and MTSA.
field-declare_asset_based = We are asset-based: we own or operate warehouses or vehicles.
declarations-none = Nothing needs to be declared for this entity type.
declarations-fact = Declaration
declarations-change = What is true of your company
declarations-save = Save the declarations
declared-by = Declared by { $who }
declared-not = Not declared
notice-declarations-saved = The declarations have been saved.
history-account-declarations-changed = Eligibility declarations changed

## The Security Profile submitted with the application
missing-profile-answers = { $count ->
    [one] 1 answer is still needed before the profile can be submitted with the application.
   *[other] { $count } answers are still needed before the profile can be submitted with the application.
}
err-profile-submit-with-application = The profile is submitted with your application: sign the Partner Agreement to submit both.
profile-with-application-ready = Every required criterion is answered. Your profile is submitted with your application when an Officer signs the Partner Agreement.
profile-with-application-sign = Go to the Partner Agreement
profile-with-application-gaps = Your profile is submitted with your application. Before the Partner Agreement can be signed, answer:
timer-reminder-first = First reminder before a deadline
timer-reminder-second = Second reminder before a deadline
err-reminder-order = The second reminder must come closer to the deadline than the first: fewer days.

## The scheduler
nav-jobs = Scheduled jobs
jobs-title = Scheduled jobs
jobs-intro = Every timer of the program runs here: the recurring sweeps, and each reminder, planned up to two days ahead. A failed job is tried again with a growing pause, then waits here for you.
jobs-none = No job is waiting, running or failed.
jobs-when = Due
jobs-what = Job
jobs-attempts = Attempts
jobs-error = Last error
jobs-action = Action
jobs-retry = Run again
notice-job-retried = The job will run again within a minute.
err-job-not-failed = Only a failed job can be run again.
job-status-pending = Waiting
job-status-running = Running
job-status-done = Done
job-status-failed = Failed
job-sweep-suspensions = Withdraw unanswered suspensions
job-sweep-compliance = Compliance notices at their deadline
job-plan-reminders = Plan the reminders
job-prune-jobs = Forget old finished jobs
job-reminder-deadline = Deadline reminder
job-reminder-finding = Finding deadline reminder
job-reminder-annual = Annual review step
history-job-retried = Scheduled job run again
job-plan-digests = Plan the daily digests
job-digest = Daily digest of notifications

## The notification centre
mail-notification-subject = C-TPAT: { $text }
mail-notification-body =
    Hello,

    { $text }

    Open it in the portal: { $link }

    You choose how you hear of each kind of notification on your account page.

    C-TPAT Portal
mail-digest-subject = Your C-TPAT notifications: { $count ->
    [one] 1 new
   *[other] { $count } new
}
mail-digest-body =
    Hello,

    Since your last digest:

    { $items }

    All your notifications: { $link }

    C-TPAT Portal
bell-label = { $count ->
    [0] Notifications, none unread
    [one] Notifications, 1 unread
   *[other] Notifications, { $count } unread
}
centre-title = Your notifications
centre-intro = Everything that concerns you, newest first. Choose how you hear of each kind on the notification settings page.
centre-none = You have no notifications.
centre-unread = Unread
centre-mark-read = Mark as read
centre-mark-all = Mark all as read
centre-open = Open
centre-older = Older notifications
centre-settings = Notification settings
notice-centre-all-read = Every notification is marked as read.
prefs-title = Notification settings
prefs-intro = You always see notifications in the portal. Choose, for each kind, whether you also get an e-mail at once, one e-mail a day with all of them, or no e-mail.
prefs-save = Save the settings
notice-prefs-saved = Your notification settings have been saved.
channel-in_app = In the portal only
channel-email = E-mail at once
channel-digest = Daily digest e-mail
notice-kind-status = Decisions about an account
notice-kind-profile = Security Profile reviews
notice-kind-validation = Validation visits
notice-kind-finding = Findings of validations
notice-kind-deadline = Deadlines
notice-kind-statement = Corrective action plans and appeals
history-notifications-preferences-changed = Notification settings changed
centre-status = { $organization }: { $status }. { $details }
centre-profile = { $organization }: Security Profile { $status }. { $details }
notice-centre-read = The notification is marked as read.
centre-validation = { $organization }: { $what }, { $start } to { $end }. Sites: { $sites }. { $reason_line }
centre-finding = { $kind }: { $details }
perm-message-partners = Message partners about their accounts
notice-kind-message = Messages

## Messages
messages-title = Messages
messages-intro = Conversations between your company and the program, by subject. Messages are kept as written: they are never changed or deleted.
messages-none = No conversations yet.
messages-last = Last message
messages-new = Start a conversation
field-subject = Subject
field-message = Message
messages-send = Send the message
messages-reply = Reply
messages-attach = File to send
messages-send-file = Send the file
messages-file = Sent a file:
messages-all = All conversations of this account
messages-program-staff = program staff
inbox-title = Messages from partners
inbox-intro = Conversations of the accounts you work, latest first.
inbox-organization = Company
notice-message-sent = Your message has been sent.
centre-message = { $organization }: new message from { $author } about “{ $subject }”.
history-message-sent = Message sent
nav-inbox = Messages
centre-deadline = { $organization }: { $what } falls on { $date }.
centre-statement = { $organization } sent its { $what }.
notice-kind-exchange = Documents exchanged
centre-exchange = { $organization }: { $author } sent the document { $name }.
history-exchange-sent = Document sent through the exchange
history-exchange-opened = Exchanged document opened

## Document Exchange
exchange-title = Document Exchange
exchange-intro = Documents your company and the program send each other, with a note. The other side is told, and you see when they opened each.
exchange-none = No document has been exchanged yet.
exchange-document = Document
exchange-note = Note
exchange-from = Sent by
exchange-sent = Sent
exchange-opened = Opened by the other side
exchange-opened-on = Opened on { $date }
exchange-not-opened = Not opened yet
exchange-ours = your side
exchange-send-title = Send a document
exchange-send = Send the document
notice-exchange-sent = The document has been sent.
notice-kind-bond = Bond change requests
notice-kind-svi = Business partners (SVI)
centre-bond-requested = { $organization }: { $author } asks to change the bond.
centre-bond-decided = { $organization }: bond change request { $decision }. { $note }
err-too-many-messages = You have sent { $max } messages in the last hour; wait a while before sending more.
err-too-many-documents = You have sent { $max } documents in the last hour; wait a while before sending more.
centre-finding-deadline = { $organization }: the answer to the finding on criteria { $criteria } is due on { $date }.
centre-annual-open = { $organization }: annual review due on { $date }; its window is open, and changes made in it count.
centre-annual-due = { $organization }: annual review due on { $date }.
centre-annual-overdue = { $organization }: Annual review overdue since { $date }; consider proposing a suspension.

## Company data after the application
address-kind-hq = Headquarters
company-data-title = Company data
company-intro = The company data on file. Changes to the name, the addresses and the identifiers are requested here and take effect when your Supply Chain Security Specialist approves them; nothing else waits for that.
company-organization = Organization
company-addresses = Addresses
company-identifiers = Identifiers
company-requests = Change requests
company-requests-none = No change has been requested.
company-request-organization = Request a change of the organization's data
company-request-addresses = Request a change of the addresses
company-request-identifiers = Request a change of the identifiers
company-send-request = Send the request
company-decide = Record the decision
company-requested-on = Requested
company-change-organization = the organization's data
company-change-addresses = the addresses
company-change-identifiers = the identifiers
company-change-link = Company data and change requests
notice-company-requested = Your request has been sent to your SCSS.
notice-company-decided = The decision has been recorded.
centre-company-change-requested = { $organization }: { $author } asks to change { $what }.
centre-company-change-decided = { $organization }: the change of { $what } was { $decision }. { $note }
history-company-change-requested = Change of company data requested
history-company-change-approved = Change of company data approved
history-company-change-rejected = Change of company data rejected
# Field offices
nav-offices = Field offices
offices-title = Field offices
offices-intro = Staff work in a field office and accounts are placed in one. A Supervisor sees and decides the accounts of their own office; HQ sees every office and moves accounts between them.
offices-accounts = Accounts
offices-staff = Staff
offices-unplaced-link = { $count ->
    [one] One account is not placed in a field office yet: place it
   *[other] { $count } accounts are not placed in a field office yet: place them
}
offices-new = New field office
offices-create = Create the office
offices-rename = Rename an office
offices-rename-submit = Rename
field-office_code = Code
hint-office_code = 2 to 8 letters or digits, for example HOU.
field-office_name = Name
hint-office_name = For example: Houston Field Office.
field-office = Field office
office-label = Field office
office-none = Not placed in a field office
office-none-short = —
office-place = Move to this office
err-office-code = Use 2 to 8 letters or digits, without spaces.
err-office-code-taken = Another field office already has this code.
err-office-same = The account is already placed in this office.
notice-office-created = The field office has been created.
notice-office-renamed = The field office has been renamed.
notice-office-placed = The account has been placed in the field office. Its Supervisors have been told.
notice-staff-office-changed = The staff member's field office has been changed.
staff-office-of = Field office of { $name }
staff-office-save = Save the office of { $name }
centre-account-placed = { $organization } has been placed in { $office }: assign an SCSS of your office.
history-account-office-changed = Field office changed
history-office-created = Field office created
history-office-renamed = Field office renamed
history-staff-office-changed = Staff member's field office changed
perm-curate-library = Publish documents in the Public Library
perm-import-legacy-records = Import legacy records from CSV or spreadsheet files (on the host, with ctpat import)
notice-kind-library = Public Library
centre-library-published = New in the Public Library: { $title }, version { $version }, in effect from { $date }.
job-notice-library = Tell partners of a library document
err-library-superseded = A newer version of this document was published meanwhile. Choose the current one.
history-library-published = Library document published
# Public Library
nav-library = Library
public-library-title = Public Library
public-library-intro = Documents the program publishes for every partner: the Minimum Security Criteria, guidance, forms, training and program notices. Each shows the version in effect; earlier versions stay available on the document's page.
public-library-empty = No documents have been published yet.
library-category-criteria = Minimum Security Criteria
library-category-guidance = Guidance
library-category-forms = Forms and templates
library-category-training = Training
library-category-notices = Program notices
library-file = File
library-download = Download { $title }
library-download-version = Download version { $version }
library-versions = All versions
library-current = In effect
library-superseded = Superseded
library-publish-title = Publish a document
library-publish-intro = Partners are told of every new document or version in their notifications. A new version replaces the one in effect, which stays available.
library-publish = Publish
library-replaces-none = A new document
field-replaces = New version of
hint-replaces = Choose the document this file replaces, or publish a new document.
field-library_title = Title
field-library_category = Category
field-library_version = Version
hint-library_version = As the program numbers it, for example 2.1.
field-effective_on = In effect from
hint-effective_on = YYYY-MM-DD
field-library_note = What changed (optional)
notice-library-published = The document has been published. Partners will be told in their notifications.
# Letters of the program
letter-letterhead = Customs Trade Partnership Against Terrorism (C-TPAT)
letter-reference = Reference
letter-pdf = Download as PDF
letter-salutation = Dear Partner,
letter-closing = Sincerely,
letter-certification-title = Letter of certification
letter-certification-subject = Certification of { $organization } in the C-TPAT program
letter-certification-body-1 = We are pleased to inform you that { $organization } was certified on { $date } as a partner of the Customs Trade Partnership Against Terrorism in the entity type { $entity }, at Tier { $tier }.
letter-certification-body-2 = Your Status Verification Interface (SVI) number is { $svi }. Your business partners can use it in the portal to verify your membership.
letter-certification-body-3 = Membership depends on keeping your Security Profile current: the annual review is due by { $due }, and the program will validate your supply chain security measures by { $validation }.
letter-certification-signer = Supply Chain Security Program, Supervisor
letter-suspension-title = Letter of suspension
letter-suspension-subject = Suspension of { $organization } from the C-TPAT program
letter-suspension-body-1 = This letter informs you that the membership of { $organization } in the entity type { $entity } was suspended on { $date }. Reason: { $reason }.
letter-suspension-body-2 = While the suspension lasts, your company does not receive the benefits of the program, and business partners who verify your status see it as suspended.
letter-suspension-body-3 = You may answer with a corrective action plan in the portal by { $due }. Without an answer by that date, the account is withdrawn from the program.
letter-suspension-signer = Supply Chain Security Program, Supervisor
letter-reinstatement-title = Letter of reinstatement
letter-reinstatement-subject = Reinstatement of { $organization } in the C-TPAT program
letter-reinstatement-body-1 = We are pleased to inform you that the membership of { $organization } in the entity type { $entity } was reinstated on { $date }.
letter-reinstatement-body-2 = The benefits of the program apply again from that date. Your Status Verification Interface (SVI) number { $svi } shows your company as a member again.
letter-reinstatement-signer = Supply Chain Security Program
letter-removal-title = Letter of removal
letter-removal-subject = Removal of { $organization } from the C-TPAT program
letter-removal-body-1 = This letter informs you that { $organization } was removed from the program in the entity type { $entity } on { $date }. Reason: { $reason }.
letter-removal-body-2 = You may appeal this decision in the portal by { $due }. Headquarters decides every appeal and informs you of its decision.
letter-removal-signer = Supply Chain Security Program, Headquarters
err-group-outside-reach = This validation group holds an account you do not work (another field office's, or another SCSS's). Ask a Supervisor of that office or HQ.
# A staff member's day
today-title = What needs you today
today-waiting = waiting
today-decisions = { $count ->
    [0] No decision waits for you
    [one] One decision waits for you
   *[other] { $count } decisions wait for you
}
today-reviews = { $count ->
    [0] No Security Profile to review
    [one] One Security Profile to review
   *[other] { $count } Security Profiles to review
}
today-due-week = { $count ->
    [0] No deadline this week
    [one] One deadline this week
   *[other] { $count } deadlines this week
}
today-overdue = { $count ->
    [0] Nothing overdue
    [one] One account with a deadline passed
   *[other] { $count } accounts with a deadline passed
}
today-messages = { $count ->
    [0] No unread message
    [one] One unread message
   *[other] { $count } unread messages
}
today-bond-requests = { $count ->
    [0] No bond change request
    [one] One bond change request to decide
   *[other] { $count } bond change requests to decide
}
today-unplaced = { $count ->
    [0] Every application is placed in a field office
    [one] One application to place in a field office
   *[other] { $count } applications to place in a field office
}
# Program reports
nav-reports = Reports
reports-title = Program reports
reports-intro = The program in numbers, for the accounts you reach. Closed accounts (withdrawn, rejected, ineligible) count only in the status report. Each chart's numbers are in the table below it.
reports-none = No account to count.
reports-accounts = Accounts
report-status-title = Accounts by status
report-status-desc = A bar for each status of the program, from applicant to removed, as long as its count of accounts.
report-entity-title = Open accounts by entity type
report-entity-desc = A bar for each entity type with open accounts, largest first.
report-office-title = Open accounts by field office
report-office-desc = A bar for each field office with open accounts, and one for the accounts not placed in any, largest first.
report-workload-title = Workload of each SCSS
report-workload-desc = A bar for each Supply Chain Security Specialist, as long as their count of open assigned accounts, and one for accounts without an SCSS.
report-due-title = Validations due
report-due-desc = Four bars: validations already overdue, and those due within 90, 180 and 365 days (each window includes the shorter ones).
report-due-when = When due
report-due-overdue = Overdue
report-due-within = Within { $days } days
report-days = { $days ->
    [one] one day
   *[other] { $days } days
}
report-cert-title = Days to certification
report-cert-count = Accounts certified
report-cert-median = Median time from application to certification
report-cert-p90 = 90th percentile (nine in ten were faster)
report-cert-target = The program's target
report-cert-within = Certified within the target
report-trend-title = Days to certification, by month of certification
report-trend-desc = A bar for each month with certifications, as long as the median number of days from application to certification that month.
report-trend-head = Month
report-trend-month = { $month } ({ $count } certified)
report-reasons-title = Suspensions and removals by reason
report-reasons-desc = A bar for each reason a company was suspended or removed for, as long as the number of times, largest first.
report-reasons-head = Decision and reason
report-reason-suspended = Suspended: { $reason }
report-reason-removed = Removed: { $reason }
report-annual-overdue = { $count ->
    [0] No annual review is overdue.
    [one] One annual review is overdue.
   *[other] { $count } annual reviews are overdue.
}
reports-export = Download every report as CSV
reports-csv-report = Report
reports-csv-label = Row
history-reports-exported = Reports exported

## Imports of legacy records
imports-title = Imports of legacy records
imports-intro = Each import's data-quality report lists the imported accounts that lacked mandatory data, with the file and line each came from and what was done. The accounts still lacking data are in the report above.
imports-when = Imported
imports-files = Files
imports-records = Records
imports-counts = { $created } created, { $updated } updated, { $unchanged } unchanged
imports-lacking = Accounts lacking data
imports-choice = Chosen for them
imports-choice-notice = Notice with a deadline
imports-choice-suspend = Suspended until eligible
imports-report = Data-quality report
imports-download = Report of import { $id } (CSV)
imported-title = Imported records
imported-intro = This account was brought in from a legacy system. Each record below is traceable to its file and line.
imported-records = Records imported
imported-sheet = Sheet
imported-legacy-id = Legacy id
imported-source = Source
imported-at-line = { $file }, line
imported-legacy = Legacy values the portal does not model
imported-column = Column
imported-value = Value
history-import-account-created = Imported from a legacy file
history-import-account-updated = Corrected by a legacy file
history-import-contact-created = Contact imported from a legacy file
history-import-contact-updated = Contact corrected by a legacy file
history-import-address-updated = Address corrected by a legacy file
history-import-connection-created = SVI connection imported from a legacy file
history-import-run = Legacy records imported
history-import-quality-exported = Data-quality report of an import downloaded

## Exports
export-csv = Download as CSV
export-xlsx = Download as Excel (XLSX)
reports-export-xlsx = Download every report as Excel (XLSX)
reports-export-workload = Download the SCSS workload (XLSX)
history-export-downloaded = List downloaded
err-export-too-large = This list has more rows than a spreadsheet holds (1,048,576): narrow it with the filters, or download it as CSV.

## The program's findings
findings-list-title = Findings
findings-list-intro = Every finding of the validations you reach, newest first. Required actions are answered by their due date; a late one is marked.
findings-list-link = Every finding of the validations you reach
findings-list-kind = Kind
findings-list-criteria = Criteria
findings-list-text = Finding
findings-list-due = Answer due
findings-list-late = Late
findings-list-late-only = Only late required actions
findings-list-none = No finding matches.
report-cross-title = Accounts by entity type and status
report-cross-desc = Every account past its draft, counted by entity type and status. HQ narrows the table to one field office with the filter above.
report-cross-total = All entity types
err-import-history-changed = An account's history changed in the portal while the import ran. Nothing was imported: run it again.
history-import-address-created = Address imported from a legacy file
history-import-connection-updated = SVI connection corrected by a legacy file

## Dates and numbers as this language writes them
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A calendar day: $day is a number, $month a month's name, $year text.
date-long = { $day } { $month } { $year }
# A month of a year: $month a month's name, $year text.
month-year = { $month } { $year }
# A moment: $date as date-long writes it, $time the hour in 24-hour form (UTC).
date-time = { $date }, { $time } UTC
# The digit-group separator ("space" for a narrow no-break space) and from how many digits it is used.
number-group-separator = ,
number-group-from = 4

## Column headers of exported lists (CSV and spreadsheets)
col-account_id = Account ID
col-organization = Organization
col-entity_type = Entity type
col-status = Status
col-tier = Tier
col-svi_number = SVI number
col-scss = SCSS
col-field_office = Field office
col-applied_on = Applied on
col-certified_on = Certified on
col-next_validation_due = Next validation due
col-next_deadline = Next deadline
col-pending_decision = Pending decision
col-overdue_finding = Overdue finding
col-missing = Missing (codes)
col-missing_labels = Missing
col-notice_deadline = Notice deadline
col-seq = Sequence
col-at = Time (UTC)
col-actor = Actor
col-role = Role
col-action = Action
col-object_type = Object type
col-object_id = Object ID
col-outcome = Outcome
col-request_id = Request ID
col-ip = IP address
col-before = Before
col-after = After
col-hash = Chain hash
col-due = Due
col-overdue = Overdue
col-kind = Kind
col-group = Validation group
col-scheduled = Scheduled
col-finding_id = Finding ID
col-validation_id = Validation ID
col-validation_start = Validation start
col-criteria = Criteria
col-text = Text
col-response_due = Response due
col-late = Late
col-accounts = Accounts
col-name = Name
col-email = E-mail
col-phone = Phone
col-title = Job title
col-primary = Primary contact
col-alternate = Alternate contact
col-login = Has a login
col-certified = Certified
col-connected_since = Connected since
col-criterion = Criterion
col-category = Category
col-level = Level
col-statement = Criterion statement
col-answer = Answer
col-justification = Justification
col-narrative = Narrative
col-corrective_plan = Corrective action plan
col-plan_due = Plan due
col-review = Review
col-result = Result
col-review_comment = Review comment

## Details of API problem documents (the codes beside them never change)
api-detail-bearer = Send `Authorization: Bearer <token>`.
api-detail-scope = This token lacks the scope `{ $scope }`.
api-detail-json-type = Send the body as `Content-Type: application/json`.
api-detail-not-json = The body is not valid JSON: { $error }.
api-detail-not-object = The body must be a JSON object.
api-detail-unknown-field = `{ $field }` is not a field of this request.
api-detail-methods = This path answers { $methods }.
