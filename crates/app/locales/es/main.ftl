## Spanish catalogue of ctpat-portal: the same ids as the English one (a test keeps them
## in step), translated.

language-name = Español
program-name = Portal C-TPAT
program-subtitle = Asociación Aduanas-Comercio contra el Terrorismo
gov-banner = Servicio oficial de la administración de aduanas. La información que usted envía se utiliza para administrar la asociación de seguridad de la cadena de suministro.
skip-to-content = Ir al contenido principal
nav-label = Principal
nav-home = Inicio
nav-login = Iniciar sesión
nav-signup = Crear una cuenta
nav-account = Su cuenta
nav-permissions = Quién puede hacer qué
nav-staff = Usuarios del personal
nav-audit = Registro de auditoría
sign-out = Cerrar sesión
language = Idioma
language-apply = Cambiar idioma
footer-text = Portal C-TPAT — portal de asociación de código abierto. Cada cambio queda anotado en un registro de auditoría.
back-home = Ir a la página de inicio
continue = Continuar
error-prefix = Error:
error-summary-title = Hay un problema
error-reference = Referencia para soporte:
error-404-title = Página no encontrada
error-404-body = No existe ninguna página en esta dirección, o usted no tiene acceso a ella. Verifique la dirección o vuelva a la página de inicio.
error-429-title = Demasiados intentos
error-429-body = Se enviaron demasiados formularios desde su red en poco tiempo. Espere { $seconds } segundos y vuelva a intentarlo.
error-405-title = Esta dirección no acepta esa solicitud
error-405-body = La página existe, pero no para este tipo de solicitud. Utilice los enlaces y botones de las páginas del portal.
error-403-title = No tiene permiso
error-403-body = Su rol no permite esta acción. El intento ha quedado registrado. Si considera que debería tener acceso, comuníquese con el administrador del programa.
error-409-title = Este registro cambió mientras tanto
error-409-body = Otra persona modificó este registro después de que usted lo abrió. Ábralo de nuevo para ver la versión actual y repita su cambio.
error-500-title = Algo salió mal
error-500-body = El portal no pudo completar su solicitud. No se modificó nada. Vuelva a intentarlo; si vuelve a ocurrir, proporcione a soporte la referencia que aparece abajo.
error-408-title = La solicitud tardó demasiado
error-408-body = El portal dejó de esperar su solicitud. Es posible que no se haya completado: verifíquelo antes de volver a intentarlo. Si estaba enviando un archivo, una conexión más rápida o un archivo más pequeño puede ayudar.
error-413-title = El envío es demasiado grande
error-413-body = Lo que envió supera el tamaño que acepta el portal. No se guardó nada. Regrese y envíe menos contenido o un archivo más pequeño.
error-language-title = Idioma no disponible

## Notices after an action
notice-signed-out = Ha cerrado sesión.
notice-email-verified = Su correo electrónico está confirmado. Ya puede iniciar sesión.
notice-password-set = Su contraseña quedó establecida. Ya puede iniciar sesión.
notice-password-reset = Su contraseña se restableció y se cerraron todas las sesiones. Inicie sesión con su nueva contraseña.
notice-password-changed = Su contraseña se cambió. Se cerraron sus demás sesiones.
notice-session-ended = La sesión se cerró.
notice-devices-forgotten = Ningún navegador lo recuerda ahora. Cada uno se tratará como nuevo hasta que vuelva a iniciar sesión en él.
notice-sessions-ended = Se cerraron todas sus demás sesiones.
notice-mfa-disabled = La verificación en dos pasos está desactivada.
notice-staff-invited = Se agregó al miembro del personal y se le está enviando un correo electrónico de invitación.

## Field labels and hints
field-name = Nombre completo
field-email = Correo electrónico
field-password = Contraseña
field-password_confirm = Confirmar contraseña
field-current_password = Contraseña actual
field-code = Código de verificación
field-role = Rol
field-lang = Idioma
hint-password = Al menos 15 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar. Se permiten espacios.
hint-code = El código de 6 dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.

## Field and form errors — each names the rule that was broken
err-required = Ingrese esta información; es obligatoria.
err-too-long = Debe tener como máximo { $max } caracteres.
err-control-chars = No debe contener caracteres de control.
err-email-format = Ingrese un correo electrónico con el formato nombre@example.com.
err-email-taken = Ya existe una cuenta con este correo electrónico.
err-password-too-short = Debe tener al menos { $min } caracteres.
err-password-too-long = Debe tener como máximo { $max } caracteres.
err-password-common = Esta contraseña figura en una lista de contraseñas comunes o filtradas, o está formada por palabras y patrones comunes que se adivinan rápidamente; elija otra.
err-password-pattern = Esta contraseña es un patrón simple (caracteres repetidos o consecutivos); elija otra.
err-password-personal = Esta contraseña está formada a partir de su nombre o su correo electrónico; elija otra.
err-password-mismatch = Las dos contraseñas no coinciden.
err-password-wrong = La contraseña no es correcta.
err-reauth-locked = Demasiados intentos fallidos: su cuenta está bloqueada durante unos minutos. Vuelva a intentarlo más tarde.
err-reauth-unavailable = No fue posible verificar su identidad en este momento. Vuelva a intentarlo en un momento.
err-login-failed = El correo electrónico o la contraseña no son correctos, o la cuenta está bloqueada temporalmente tras demasiados intentos. Verifique ambos datos y vuelva a intentarlo en unos minutos.
err-login-unverified = Primero confirme su correo electrónico. Le enviamos un nuevo enlace de confirmación.
err-link-invalid = Este enlace ya no es válido.
err-mfa-code = El código no es correcto o ha caducado. Ingrese el código de 6 dígitos vigente.
err-mfa-code-used = Este código ya se utilizó. Espere el siguiente código de su aplicación de autenticación e ingréselo.
err-mfa-already-enrolled = La verificación en dos pasos ya está activada.
err-mfa-no-pending = Vuelva a iniciar la configuración: no se encontró ninguna configuración pendiente.
err-mfa-required-for-staff = El personal del programa debe mantener activada la verificación en dos pasos.
err-staff-role = Elija uno de los roles de la lista.
err-language = Este idioma no está disponible.

## Roles
role-officer = Directivo
role-account_admin = Administrador de la cuenta
role-user = Usuario
role-consultant = Consultor
role-scss = Especialista en Seguridad de la Cadena de Suministro (SCSS)
role-supervisor = Supervisor
role-hq = Oficina Central (HQ)
role-system_admin = Administrador del sistema

## Permissions (the published matrix)
perm-view-account = Consultar toda la información de la cuenta
perm-edit-company-data = Modificar los datos de la empresa
perm-manage-account-users = Administrar los usuarios y contactos de la cuenta
perm-edit-profile-draft = Modificar el borrador del Perfil de Seguridad
perm-answer-findings = Responder a los hallazgos de validación
perm-message-scss = Enviar mensajes al SCSS
perm-sign = Firmar el Acuerdo de Socio, los envíos del perfil, las revisiones anuales y el retiro
perm-be-primary-contact = Ser el contacto principal
perm-work-assigned-accounts = Atender las cuentas asignadas (vista como socio, con paneles del personal)
perm-review-profiles = Revisar los perfiles criterio por criterio
perm-edit-bond = Modificar los datos de la fianza y resolver las solicitudes de cambio de fianza
perm-schedule-validations = Programar y realizar validaciones, redactar hallazgos
perm-propose-suspension = Proponer la suspensión
perm-assign-accounts = Asignar y reasignar cuentas a los SCSS de su oficina regional
perm-decide-certification = Resolver la certificación
perm-decide-suspension = Resolver la suspensión y el restablecimiento
perm-approve-validation-reports = Aprobar los informes de validación (no los propios)
perm-read-all-accounts = Consultar todas las cuentas del programa
perm-decide-removal = Resolver la baja
perm-decide-appeals = Resolver las apelaciones
perm-place-accounts-in-offices = Ubicar cuentas en oficinas regionales y moverlas entre oficinas
perm-manage-field-offices = Crear y renombrar oficinas regionales
perm-edit-program-policy = Modificar las políticas del programa
perm-edit-msc-catalog = Modificar el catálogo de Criterios Mínimos de Seguridad
perm-manage-staff-users = Administrar los usuarios del personal
perm-operate-scheduler = Ver las tareas programadas y reintentar las que fallaron
perm-read-audit-trail = Consultar todo el registro de auditoría
permissions-title = Quién puede hacer qué
permissions-intro = Esta tabla se genera a partir de las mismas reglas que aplica el portal. Los roles de socio se aplican a una cuenta; una persona puede tener roles distintos en cuentas distintas. El personal del programa nunca aprueba sus propias propuestas.
permissions-caption = Permisos por rol
permissions-reach-title = A qué cuentas llega cada rol del programa
permissions-reach-intro = Los roles de socio se aplican a las cuentas de las que la persona es miembro. El personal del programa tiene sus permisos solo sobre estas cuentas; cualquier otra cuenta le aparece como "no encontrada".
reach-assigned = Las cuentas que se le asignaron en su oficina regional (una cuenta trasladada a otra oficina queda fuera de su alcance).
reach-office = Las cuentas ubicadas en su oficina regional (para un Supervisor sin oficina: las cuentas que aún no están ubicadas en ninguna oficina). Solo se pueden asignar SCSS de la misma oficina.
reach-program = Todas las cuentas del programa, en todas las oficinas regionales.
reach-none = Ninguna cuenta de socio: solo los usuarios del personal y el programador de tareas.
permissions-permission = Permiso
permissions-yes = Permitido
permissions-no = No permitido

## Home
home-title = Portal de Socios C-TPAT
home-intro = Presente su solicitud de ingreso a la asociación, mantenga actualizado su Perfil de Seguridad y verifique el estatus de sus socios comerciales, todo en un solo lugar.
home-how-title = Cómo funciona la asociación
home-how-1 = Cree una cuenta y confirme su correo electrónico.
home-how-2 = Presente la solicitud de su empresa, responda el Perfil de Seguridad conforme a los Criterios Mínimos de Seguridad y pida a un Directivo que lo firme.
home-how-3 = Un Especialista en Seguridad de la Cadena de Suministro revisa su solicitud y lo acompaña durante la certificación y la validación.
home-how-4 = Mantenga sus datos actualizados cada año y verifique el estatus de sus socios mediante la Interfaz de Verificación de Estatus.
home-welcome = Le damos la bienvenida, { $name }
home-signed-in-intro = Elija lo que desea hacer.
card-account-title = Su cuenta
card-account-text = Contraseña, verificación en dos pasos, idioma y sesiones activas.
card-permissions-title = Quién puede hacer qué
card-permissions-text = La matriz de permisos publicada del programa.
card-staff-title = Usuarios del personal
card-staff-text = Agregue personal del programa y vea quién tiene la verificación en dos pasos.
card-audit-title = Registro de auditoría
card-audit-text = Cada cambio y evento de seguridad, del más reciente al más antiguo.

## Sign in
login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidó su contraseña?
login-no-account = ¿Es nuevo en el portal?
mfa-login-title = Ingrese su código de verificación
mfa-login-intro = Abra su aplicación de autenticación e ingrese el código de 6 dígitos del Portal C-TPAT. Si perdió su dispositivo, ingrese uno de sus códigos de recuperación.
mfa-login-submit = Verificar

## Sign up
signup-title = Crear una cuenta
signup-intro = Cada cuenta es para una sola persona. Más adelante podrá presentar la solicitud de su empresa o recibir una invitación a la cuenta existente de una empresa.
signup-submit = Crear cuenta
signup-done-title = Revise su correo electrónico
signup-done-body = Enviamos un mensaje a la dirección que ingresó. Abra el enlace que contiene para confirmar su dirección y luego inicie sesión. El enlace es válido durante 48 horas.
link-invalid-title = Este enlace ya no es válido
verify-title = Confirme su correo electrónico
verify-body = Seleccione el botón para confirmar que este correo electrónico es suyo. Después podrá iniciar sesión.
verify-submit = Confirmar mi correo electrónico
verify-link-invalid-body = El enlace de confirmación caducó o ya se utilizó. Inicie sesión para recibir uno nuevo.
invitation-title = Establezca su contraseña
invitation-intro = Recibió una invitación al Portal C-TPAT. Elija una contraseña para activar su cuenta.
invitation-link-invalid-body = El enlace de invitación caducó o ya se utilizó. Solicite una nueva invitación al administrador del programa.

## Passwords
forgot-title = Restablecer su contraseña
forgot-intro = Ingrese el correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviar enlace de restablecimiento
forgot-done-title = Revise su correo electrónico
forgot-done-body = Si existe una cuenta con esa dirección, le enviamos un enlace para restablecer la contraseña. El enlace puede usarse una sola vez, dentro de los 30 minutos siguientes.
reset-title = Elija una nueva contraseña
reset-intro = Elija una nueva contraseña. Se cerrarán todas las sesiones de su cuenta.
reset-link-invalid-body = El enlace de restablecimiento caducó o ya se utilizó. Solicite uno nuevo.
change-password-title = Cambiar su contraseña
change-password-intro = Ingrese su contraseña actual y luego la nueva. Se cerrarán sus demás sesiones.
password-save = Guardar contraseña

## Account settings
account-title = Su cuenta
account-profile = Perfil
account-staff-role = Rol en el programa
account-security = Seguridad
account-password = Contraseña
account-change-password = Cambiar contraseña
account-mfa = Verificación en dos pasos
account-mfa-on = Activada
account-mfa-off = Desactivada
account-mfa-manage = Administrar
sessions-title = Sesiones activas
sessions-intro = Estos son los navegadores con sesión iniciada en su cuenta. Cierre cualquier sesión que no reconozca y luego cambie su contraseña.
sessions-started = Inicio
sessions-last-seen = Última actividad
sessions-from = Desde
sessions-action = Acción
sessions-this = Esta sesión
sessions-end = Cerrar sesión
sessions-end-others = Cerrar todas las demás sesiones
devices-title = Navegadores recordados
devices-intro = Los navegadores en los que usted completó el inicio de sesión se recuerdan durante un año: las contraseñas incorrectas escritas en otros lugares no lo bloquean en ellos. Navegadores recordados: { $count }. Si perdió un dispositivo o utilizó una computadora compartida, olvídelos todos.
devices-forget = Olvidar todos los navegadores recordados

## Two-step verification
mfa-title = Verificación en dos pasos
mfa-required-notice = El personal del programa debe configurar la verificación en dos pasos antes de usar el portal.
mfa-enabled-text = La verificación en dos pasos está activada. Cada vez que inicie sesión se le pedirá un código de su aplicación de autenticación.
mfa-codes-left = Códigos de recuperación sin usar: { $count }
mfa-disable-title = Desactivar la verificación en dos pasos
mfa-disable-submit = Desactivar
mfa-staff-cannot-disable = El personal del programa debe mantener activada la verificación en dos pasos.
mfa-step-app = Instale en su teléfono una aplicación de autenticación (por ejemplo, una que admita códigos TOTP).
mfa-step-key = Agregue una cuenta en la aplicación y escriba esta clave:
mfa-open-app = O abra el enlace de configuración en una aplicación de autenticación de este dispositivo
mfa-step-code = Ingrese el código de 6 dígitos que muestra la aplicación.
mfa-confirm = Activar la verificación en dos pasos
mfa-start-title = Configurar la verificación en dos pasos
mfa-restart-title = Volver a iniciar la configuración
mfa-start-text = Ingrese su contraseña para obtener una nueva clave para su aplicación de autenticación. La clave se muestra una sola vez.
mfa-start-submit = Mostrar una nueva clave
mfa-codes-title = Guarde sus códigos de recuperación
mfa-codes-once = Estos códigos se muestran una sola vez. Cada uno puede usarse una vez para iniciar sesión si pierde su dispositivo. Imprímalos o guárdelos en un administrador de contraseñas.

## Staff administration
staff-title = Usuarios del personal
staff-mfa = Verificación en dos pasos
staff-mfa-on = Activada
staff-mfa-off = Sin configurar
staff-status = Estatus
staff-invited = Invitado
staff-active = Activo
staff-add-title = Agregar un miembro del personal
staff-add-intro = El nuevo miembro del personal recibe un correo electrónico de invitación para establecer una contraseña. La verificación en dos pasos es obligatoria en el primer inicio de sesión, salvo que esta instalación la desactive.
staff-add-submit = Agregar y enviar invitación

## Audit trail
audit-title = Registro de auditoría
audit-intro = Cada cambio y evento de seguridad, del más reciente al más antiguo. El registro solo admite agregar entradas y está encadenado mediante hash; `ctpat audit verify` lo verifica.
audit-time = Hora (UTC)
audit-actor = Quién
audit-action = Acción
audit-object = Objeto
audit-outcome = Resultado
audit-request = Solicitud HTTP
audit-from = Desde (dirección)
audit-older = Eventos anteriores

## E-mails
mail-verify-email-subject = Confirme su correo electrónico para el Portal C-TPAT
mail-verify-email-body =
    Hola, { $name }:

    Confirme su correo electrónico abriendo este enlace:

    { $link }

    El enlace es válido durante 48 horas. Si usted no creó una cuenta, ignore este mensaje.

    Portal C-TPAT — { $portal_url }
mail-signup-existing-subject = Alguien intentó crear una cuenta con su correo electrónico
mail-signup-existing-body =
    Hola:

    Alguien (quizá usted) intentó crear una cuenta en el Portal C-TPAT con este correo electrónico, que ya tiene una cuenta.
    Si fue usted, inicie sesión en { $portal_url }/login o restablezca su contraseña en { $portal_url }/password/forgot.
    Si no fue usted, puede ignorar este mensaje.

    Portal C-TPAT
mail-password-reset-subject = Restablezca su contraseña del Portal C-TPAT
mail-password-reset-body =
    Hola, { $name }:

    Abra este enlace para elegir una nueva contraseña:

    { $link }

    El enlace puede usarse una sola vez, dentro de los { $minutes } minutos siguientes. Si usted no lo solicitó, ignore este mensaje; su contraseña no cambiará.

    Portal C-TPAT — { $portal_url }
mail-password-changed-subject = Se cambió su contraseña del Portal C-TPAT
mail-password-changed-body =
    Hola, { $name }:

    La contraseña de su cuenta del Portal C-TPAT acaba de cambiarse y se cerraron sus demás sesiones.
    Si usted no lo hizo, restablezca su contraseña de inmediato en { $portal_url }/password/forgot y comuníquese con el administrador del programa.

    Portal C-TPAT
mail-account-locked-subject = El inicio de sesión en su cuenta del Portal C-TPAT está en pausa
mail-account-locked-body =
    Hola, { $name }:

    Se ingresaron { $what ->
        [code] varios códigos de verificación incorrectos
       *[other] varias contraseñas incorrectas
    } en su cuenta del Portal C-TPAT. Para protegerla, el inicio de sesión está en pausa: podrá volver a intentarlo en { $minutes } min. Cada nuevo intento fallido prolonga la pausa.
    Si fue usted, espere y vuelva a intentarlo. Si no fue usted, es posible que alguien conozca o esté intentando adivinar su contraseña: en cuanto pueda, inicie sesión y cámbiela en { $portal_url }/account/password, o restablézcala en { $portal_url }/password/forgot, e informe al administrador del programa.

    Portal C-TPAT
mail-invitation-subject = Está invitado al Portal C-TPAT
mail-invitation-body =
    Hola, { $name }:

    Un administrador creó para usted una cuenta de personal en el Portal C-TPAT. Elija su contraseña aquí:

    { $link }

    El enlace puede usarse una sola vez, dentro de los { $days } días siguientes.

    Portal C-TPAT — { $portal_url }

## Partner accounts
entity-importer = Importador de EE. UU. / Importador canadiense no residente
entity-exporter = Exportador
entity-customs_broker = Agente aduanal
entity-foreign_manufacturer = Fabricante extranjero
entity-highway_carrier = Transportista por carretera
entity-mexican_long_haul_carrier = Transportista mexicano de largo recorrido
entity-rail_carrier = Transportista ferroviario
entity-air_carrier = Transportista aéreo
entity-sea_carrier = Transportista marítimo
entity-consolidator = Consolidador / OTI / NVOCC
entity-marine_port_terminal_operator = Autoridad portuaria / operador de terminal marítima
entity-third_party_logistics = Proveedor de servicios logísticos (3PL)
status-draft = Solicitud en curso
status-applicant = Solicitante
status-under_review = En revisión
status-certified = Certificado
status-validated = Validado
status-suspended = Suspendido
status-removed = Dado de baja
status-withdrawn = Retirado
status-rejected = Rechazado
status-ineligible = No elegible
idkind-ior = Número de Importador Registrado (IOR)
idkind-ein = Número de Identificación del Empleador (EIN)
idkind-duns = Número D-U-N-S
idkind-broker_license = Número de patente de agente aduanal
idkind-filer_code = Código de declarante
idkind-mid = Identificador del fabricante (MID)
idkind-rfc = RFC (Registro Federal de Contribuyentes)
idkind-scac = SCAC
idkind-usdot = Número USDOT
idkind-sct_permit = Número de permiso SCT
idkind-iata_carrier = Código de aerolínea IATA
idkind-iata_cargo = Número de agente de carga IATA
idkind-fmc_org = Número de organización FMC
idkind-fmc_mto = Número de operador de terminal marítima FMC
idkind-logistics_license = Licencia o fianza (FMC, TSA, CBP o DOT)
err-id-ior = Ingrese el número IOR como NN-NNNNNNNXX (EIN y sufijo de 2 caracteres), NNN-NN-NNNN (SSN) o YYDDPP-NNNNN (asignado por CBP).
err-id-ein = Ingrese el EIN con 9 dígitos, NN-NNNNNNN.
err-id-duns = Ingrese el número D-U-N-S con 9 dígitos.
err-id-broker_license = Ingrese el número de patente de agente aduanal con 4 a 6 dígitos.
err-id-filer_code = Ingrese el código de declarante con 3 letras o dígitos.
err-id-mid = Ingrese el MID con hasta 15 letras y dígitos: el código ISO del país (no US), partes del nombre y del domicilio, y 3 letras de la ciudad.
err-id-rfc = Ingrese el RFC con 12 caracteres (persona moral) o 13 (persona física): letras, una fecha válida AAMMDD y 3 caracteres.
err-id-scac = Ingrese el SCAC con 2 a 4 letras.
err-id-usdot = Ingrese el número USDOT con 1 a 8 dígitos.
err-id-sct_permit = Ingrese el número de permiso SCT con 5 a 25 letras, dígitos, guiones o diagonales.
err-id-iata_carrier = Ingrese el código de aerolínea IATA con 2 letras o dígitos (no dos dígitos).
err-id-iata_cargo = Ingrese el número de agente de carga IATA con 7 dígitos, seguidos opcionalmente de una sucursal de 4 dígitos.
err-id-fmc_org = Ingrese el número de organización FMC con 6 dígitos.
err-id-fmc_mto = Ingrese el número de operador de terminal marítima FMC con 6 dígitos.
err-id-logistics_license = Ingrese el emisor (FMC, TSA, CBP o DOT) y luego el número, por ejemplo FMC 023456.
err-id-one-of = Ingrese al menos uno de estos identificadores.
err-country = Ingrese un código ISO de país de dos letras, por ejemplo US, CA o MX.
err-phone = Ingrese un número de teléfono de 7 a 15 dígitos; se permiten espacios, +, -, ( ) y x.
err-number-range = Ingrese un número entero de { $min } a { $max }.
err-website = Ingrese una dirección web como www.example.com.
err-date = Ingrese la fecha con el formato AAAA-MM-DD.
err-date-past = Ingrese una fecha a partir de hoy.
err-profile-plan-missing = Describa el plan de acción correctiva: lo que su empresa hará para cumplir este criterio.
err-profile-plan-due-missing = Ingrese la fecha en que se completará el plan de acción correctiva (AAAA-MM-DD).
err-choose-one = Elija una de las opciones.
err-bond-number = Ingrese el número de fianza con 6 a 20 letras, dígitos o guiones.
err-not-draft = Esta solicitud ya se envió; ya no puede modificarse aquí.
err-org-has-entity = Esta organización ya tiene una cuenta de este tipo de entidad.
err-staff-cannot-apply = El personal del programa no puede solicitar una cuenta de socio.
err-only-officer-signs = Solo un Directivo de la empresa puede firmar el Acuerdo de Socio. Pida a un Directivo que lo firme, o invite a uno desde el paso de contactos.
err-application-incomplete = La solicitud no está completa: faltan { $count } elemento(s). Se indican a continuación.
err-must-agree = Confirme que acepta el Acuerdo de Socio.
err-contacts-min = Agregue al menos { $min } contactos.
err-contacts-no-primary = Elija un contacto principal.
err-contacts-one-primary = Solo puede haber un contacto principal.
err-contacts-primary-officer = El contacto principal debe tener el rol de Directivo.
err-contacts-unique-email = Dos contactos comparten el correo electrónico { $email }; cada contacto necesita el suyo.
err-contacts-exporter-alternate = Los exportadores necesitan un contacto alterno además del contacto principal.
err-contact-email-taken = Otro contacto de esta cuenta ya tiene este correo electrónico.
err-contact-primary-not-alternate = Un contacto no puede ser a la vez el contacto principal y el alterno.
err-last-officer = Este es el último Directivo de la cuenta. Primero otorgue el rol de Directivo a otra persona.
err-staff-cannot-join = El personal del programa no puede unirse a la cuenta de un socio. Pida a la empresa que invite a una persona que trabaje para ella.
err-org-officer-only = Solo un Directivo de esta empresa puede presentar la solicitud como Directivo. Inicie la solicitud como Administrador de la cuenta e invite a uno de los Directivos de la empresa a firmarla.
err-own-role = No puede cambiar su propio rol. Pídalo a otro Directivo o Administrador de la cuenta.
err-officer-change-reauth = Para otorgar o retirar el rol de Directivo, ingrese su contraseña (o su código de 6 dígitos si usa la verificación en dos pasos) en la misma fila.
err-officer-role-needs-officer = Solo un Directivo de la cuenta puede otorgar o retirar el rol de Directivo.
err-account-closed = Esta cuenta está cerrada; sus contactos ya no pueden modificarse.
err-invite-needs-role = Asigne un rol al contacto antes de invitarlo al portal.
err-already-a-user = Este contacto ya utiliza el portal.
err-invitation-other-email = Esta invitación se envió a { $email }. Inicie sesión con esa dirección para aceptarla.
missing-organization = No se ha llenado la organización.
missing-hq_address = Falta el domicilio de la oficina central.
missing-bond = Faltan los datos de la fianza.
refusal-not-allowed-in-status = Esta acción no es posible en el estatus actual de la cuenta.
refusal-wrong-role = Su rol no permite esta acción.
refusal-not-the-assigned-scss = Solo el SCSS asignado a esta cuenta puede hacer esto.
refusal-no-recommendation = El SCSS asignado aún no ha recomendado la certificación.
refusal-recommend-not-submitted = La certificación requiere un Perfil de Seguridad enviado con todos sus criterios aceptados: el socio no ha enviado el perfil vigente.
refusal-recommend-in-review = La certificación requiere que todos los criterios del Perfil de Seguridad estén aceptados: termine primero la revisión.
refusal-recommend-returned = La certificación requiere que todos los criterios del Perfil de Seguridad estén aceptados: { $count ->
    [one] un criterio fue devuelto
   *[other] { $count } criterios fueron devueltos
  } al socio.
refusal-own-proposal = No puede aprobar su propia propuesta o trabajo; otra persona debe resolver.
refusal-proposal-pending = Ya hay una propuesta de suspensión en espera de resolución.
refusal-no-proposal = No hay ninguna propuesta de suspensión por resolver.
refusal-no-corrective-action-plan = El socio no ha enviado un plan de acción correctiva.
refusal-cap-already-submitted = Ya se envió un plan de acción correctiva.
refusal-deadline-not-reached = El plazo aún no ha vencido.
refusal-deadline-passed = El plazo para esto ya venció.
refusal-appeal-already-filed = Ya se presentó una apelación.
refusal-no-appeal = No hay ninguna apelación pendiente por resolver.
refusal-reapplication-barred = Esta empresa no puede volver a presentar una solicitud hasta que termine el periodo de impedimento.
refusal-already-assigned = Este SCSS ya está asignado a la cuenta.
mail-application-received-subject = Se recibió su solicitud C-TPAT
mail-application-received-body =
    Hola:

    La solicitud de { $organization } (cuenta { $account }) se firmó y envió. Un Supervisor asignará a un Especialista en Seguridad de la Cadena de Suministro, quien la revisará; el programa procura resolver en un plazo de 90 días.

    Dé seguimiento a su avance en { $portal_url }/accounts/{ $account }

    Portal C-TPAT
mail-account-invitation-subject = Está invitado a la cuenta de una empresa en el Portal C-TPAT
mail-account-invitation-body =
    Hola, { $name }:

    { $inviter } lo invita a la cuenta del Portal C-TPAT de { $organization } con el rol "{ $role }".

    Acepte la invitación aquí (primero inicie sesión o cree su cuenta con este correo electrónico):

    { $link }

    El enlace puede usarse una sola vez, dentro de los { $days } días siguientes.

    Portal C-TPAT — { $portal_url }

## Partner pages
choose = Elija…
edit = Modificar
remove = Quitar
cancel = Cancelar
save-continue = Guardar y continuar
err-contact-not-added = Este contacto está escrito pero no agregado: seleccione "Guardar contacto" para agregarlo, o borre sus campos para seguir.
tier = Nivel { $tier }
days-left = Días restantes: { $days }
days-overdue = Días de retraso: { $days }
account-no-organization = (organización aún no ingresada)
account-your-role = su rol:
account-overview-link = Resumen de la cuenta
staff-viewing-as = Vista como { $name } (personal del programa). Estas son las páginas propias del socio: aquí no modifica nada del socio y solo actúa mediante los controles del personal (revisión, resoluciones, acciones).
home-your-accounts = Las cuentas de su empresa
home-no-accounts = Aún no pertenece a ninguna cuenta de empresa. Presente la solicitud de su empresa, o pida al Directivo de su empresa que lo invite.
home-apply = Solicitar una nueva cuenta
home-organization = Organización
home-entity = Tipo de entidad
apply-title = Solicitar el ingreso a la asociación
apply-intro = Elija cómo participa su empresa en la cadena de suministro. Una empresa que participa de varias formas (por ejemplo, como importador y exportador) tiene una cuenta para cada una.
apply-start = Iniciar la solicitud
field-entity_type = Tipo de entidad
field-my_role = Su rol en esta empresa
my-role-officer = Directivo de la empresa (puedo firmar en su nombre)
my-role-admin = Yo preparo la solicitud; un Directivo de la empresa la firmará
steps-label = Pasos de la solicitud
step-done = completado
step-organization = Organización
step-organization-intro = La empresa legal que presenta la solicitud.
step-organization-intro-existing = La empresa legal que presenta la solicitud. Si su empresa ya tiene una cuenta aquí, elíjala.
step-addresses = Domicilios
step-addresses-intro = El domicilio de la oficina central y los sitios más importantes para la seguridad: oficinas, instalaciones de carga (al menos las tres principales por volumen o riesgo) y sitios de capacitación.
step-contacts = Contactos
step-contacts-intro = Al menos dos contactos; exactamente un contacto principal, que debe ser Directivo.
step-identifiers = Identificadores y fianza
step-identifiers-intro = Los identificadores de su tipo de entidad y su fianza, cuando se requiera.
step-agreement = Acuerdo de Socio
step-agreement-intro = Revise, acepte y firme. Solo un Directivo puede firmar. Al firmar se envían juntos la solicitud y el Perfil de Seguridad.
field-existing = Usar una organización a la que ya pertenece
org-new = No: ingresar una nueva organización abajo
org-or-new = O ingrese una nueva organización:
field-dba = Nombre comercial (opcional)
field-phone = Teléfono
field-website = Sitio web (opcional)
field-year_founded = Año de fundación (opcional)
field-employee_count = Número de empleados (opcional)
field-ownership_type = Tipo de propiedad (opcional)
ownership-corporation = Sociedad anónima
ownership-llc = Sociedad de responsabilidad limitada
ownership-partnership = Sociedad de personas
ownership-sole_proprietorship = Persona física con actividad empresarial
ownership-government = Propiedad del gobierno
ownership-other = Otro
address-hq = Oficina central
address-others-intro = Otros sitios (deje un bloque vacío si no lo necesita):
address-other = Sitio { $n }
company-title = Datos de la empresa presentados con la solicitud
company-name = Razón social
company-dba = Nombre comercial
company-phone = Teléfono
company-hq = Oficina central
address-kind-office = Oficina (con personal)
address-kind-cargo_facility_staffed = Instalación de carga, con personal
address-kind-cargo_facility = Instalación de carga, sin personal
address-kind-training_site = Sitio de capacitación o de políticas
field-line1 = Dirección, línea 1
field-line2 = Dirección, línea 2 (opcional)
field-city = Ciudad
field-region = Estado, provincia o región (opcional)
field-postal_code = Código postal (opcional)
field-country = País (código de dos letras, por ejemplo US)
field-a1_kind = Tipo de sitio
field-a2_kind = Tipo de sitio
field-a3_kind = Tipo de sitio
bond-legend-required = Fianza (obligatoria para su tipo de entidad)
bond-legend-optional = Fianza (opcional para su tipo de entidad)
field-bond_number = Número de fianza
field-bond_type = Tipo de fianza
field-bond_surety = Afianzadora (opcional)
field-bond_effective_on = Fecha de entrada en vigor (opcional)
bond-type-continuous_import = Fianza continua de importación
bond-type-single_transaction = Fianza por operación única
bond-type-international_carrier = Fianza de transportista internacional
bond-type-custodial = Fianza de custodia
bond-type-common_carrier = Fianza de transportista público
agreement-gaps = Antes de firmar, complete:
agreement-title = Acuerdo de Socio C-TPAT
agreement-text-1 = La empresa se compromete a desarrollar, implementar y mantener medidas de seguridad que cumplan los Criterios Mínimos de Seguridad de su tipo de entidad, y a mantener actualizado su Perfil de Seguridad cada año.
agreement-text-2 = La empresa se compromete a permitir que el programa valide esas medidas, a responder a los hallazgos dentro de sus plazos y a informar al programa de cualquier incidente de seguridad y de los cambios en sus datos.
agreement-text-3 = La participación es voluntaria; el programa puede suspender o dar de baja a una empresa que no cumpla sus compromisos, con expresión de motivos y derecho de apelación.
field-agree = He leído el Acuerdo de Socio y lo firmo en nombre de la empresa.
field-password-reenter = Su contraseña (para confirmar que es usted)
agreement-sign = Firmar y enviar la solicitud y el Perfil de Seguridad
notice-application-submitted = Su solicitud se firmó y envió. Se le avisará cuando se asigne un Especialista en Seguridad de la Cadena de Suministro.
notice-contact-saved = El contacto se guardó.
notice-contact-removed = El contacto se quitó.
notice-contact-invited = La invitación se envió.
notice-member-saved = El rol se cambió.
notice-member-removed = La persona ya no tiene acceso a esta cuenta.
notice-joined = Se unió a la cuenta.
contacts-title = Contactos y usuarios
contacts-intro = Los contactos son las personas a quienes escribe el programa; algunas también usan el portal. Los Consultores siempre se muestran como Consultores y nunca firman.
contacts-designation = Designación
contacts-portal = Acceso al portal
contacts-primary = Principal
contacts-alternate = Alterno
contacts-has-login = Usa el portal
contacts-no-login = Sin acceso
contacts-invite = Invitar al portal
contacts-none = Aún no hay contactos.
contacts-add = Agregar un contacto
contacts-edit = Modificar el contacto
contacts-save = Guardar contacto
contact-role-none = Sin rol en el portal
field-title = Puesto (opcional)
field-primary = Contacto principal (debe ser Directivo)
field-alternate = Contacto alterno
members-title = Personas que usan esta cuenta
members-intro = Cada persona aquí inicia sesión con su propio correo electrónico y contraseña. No se puede quitar al último Directivo.
members-change-role = Cambiar rol
members-reauth = Para cambios de Directivo: su contraseña o código de 6 dígitos
members-leave = Salir de esta cuenta
members-own-role = Aquí no puede cambiar su propio rol; puede hacerlo otro Directivo o Administrador de la cuenta.
members-own-role-officer = Aquí no puede cambiar su propio rol; puede hacerlo otro Directivo de la cuenta.
join-title = Unirse a la cuenta de una empresa
join-offer = Está invitado a la cuenta del Portal C-TPAT de { $organization }.
join-accept = Aceptar la invitación
join-sign-in-first = Inicie sesión (o cree su cuenta) con el correo electrónico invitado y vuelva a abrir el enlace.
join-link-invalid-body = Esta invitación caducó o ya se utilizó. Solicite una nueva al Directivo de la empresa.
switch-account = Cambiar a otra cuenta
switch-go = Abrir
draft-title = Solicitud en curso
draft-ready = Todo está completo. Un Directivo ya puede firmar el Acuerdo de Socio.
draft-still-needed = Aún falta:
draft-continue = Continuar la solicitud
dashboard-status = Estatus
dashboard-tier = Nivel
dashboard-none = Aún ninguno
dashboard-svi = Número SVI
dashboard-svi-later = Se otorga cuando la cuenta se activa
dashboard-scss = Especialista en Seguridad de la Cadena de Suministro
dashboard-scss-none = Aún no asignado
dashboard-next = Próximos pasos
dashboard-missing = Datos obligatorios pendientes
dashboard-deadlines = Plazos
dashboard-no-deadlines = No hay ningún plazo en curso.
dashboard-deadline = Plazo
dashboard-date = Fecha
dashboard-days = Tiempo restante
dashboard-sections = Secciones
dashboard-history = Historial
dashboard-no-history = Aún no hay nada registrado.
deadline-certification-target = Plazo objetivo para la resolución de certificación (90 días)
deadline-response = Responder a la suspensión con un plan de acción correctiva
deadline-appeal = Presentar una apelación contra la baja
deadline-appeal-decision = Resolución de la apelación
deadline-validation = Próxima validación
deadline-annual-review = Revisión anual
deadline-reapply-bar = Nueva solicitud posible a partir de
next-draft = Complete la solicitud y el Perfil de Seguridad y pida a un Directivo que firme el Acuerdo de Socio: así se envían ambos.
next-applicant = Su solicitud está en espera de que un Supervisor asigne un Especialista en Seguridad de la Cadena de Suministro.
next-under-review = Su solicitud está en manos de su Especialista en Seguridad de la Cadena de Suministro.
next-profile-complete = Complete su Perfil de Seguridad y pida a un Directivo que lo firme y envíe: { $count ->
    [one] un criterio obligatorio aún no tiene
   *[other] { $count } criterios obligatorios aún no tienen
  } respuesta.
next-profile-sign = Su Perfil de Seguridad está respondido: un Directivo lo firma y lo envía a revisión.
next-profile-returned = Su Especialista en Seguridad de la Cadena de Suministro devolvió { $count ->
    [one] un criterio
   *[other] { $count } criterios
  } de su Perfil de Seguridad: modifíquelos y vuelva a enviarlo.
next-profile-submitted = Su Especialista en Seguridad de la Cadena de Suministro está revisando el Perfil de Seguridad que usted envió.
next-staff-applicant = Un Supervisor asigna un Especialista en Seguridad de la Cadena de Suministro a esta solicitud.
next-staff-under-review = La solicitud está en revisión.
next-staff-profile-not-submitted = El socio aún no ha enviado el Perfil de Seguridad ({ $count ->
    [one] un criterio obligatorio no tiene
   *[other] { $count } criterios obligatorios no tienen
  } respuesta).
next-staff-profile-returned = El Perfil de Seguridad está de vuelta con el socio: { $count ->
    [one] se devolvió un criterio
   *[other] se devolvieron { $count } criterios
  }.
next-staff-profile-submitted = El socio envió el Perfil de Seguridad: revíselo criterio por criterio.
next-certified = Su empresa está certificada (Nivel I). Prepárese para su primera validación y mantenga su perfil actualizado.
next-validated = Su empresa está validada. Mantenga su perfil actualizado; la revisión anual y la próxima validación se muestran abajo.
next-suspended = Su cuenta está suspendida. Envíe un plan de acción correctiva a más tardar el { $date }, o la cuenta será retirada.
next-suspended-answered = Se recibió su plan de acción correctiva; un Supervisor resolverá sobre el restablecimiento.
next-removed = Su cuenta fue dada de baja. Puede apelar hasta el { $date }.
next-removed-appealed = Se presentó su apelación; la Oficina Central la resolverá.
next-closed = Esta cuenta está cerrada.
next-missing-data = Faltan algunos datos obligatorios (se indican abajo). Proporciónelos, o la cuenta podría ser suspendida.
missing-id_ior = Número IOR
missing-id_ein = EIN
missing-id_duns = Número D-U-N-S
missing-id_broker_license = Número de patente de agente aduanal
missing-id_filer_code = Código de declarante
missing-id_mid = Identificador del fabricante (MID)
missing-id_rfc = RFC
missing-id_scac = SCAC
missing-id_usdot = Número USDOT
missing-id_sct_permit = Número de permiso SCT
missing-id_iata_carrier = Código de aerolínea IATA
missing-id_iata_cargo = Número de agente de carga IATA
missing-id_fmc_org = Número de organización FMC
missing-id_fmc_mto = Número de operador de terminal marítima FMC
missing-id_logistics_license = Licencia o fianza (FMC, TSA, CBP o DOT)
missing-id_ein_or_duns = EIN o número D-U-N-S
missing-id_fmc_org_or_iata_cargo = Número de organización FMC o número de agente de carga IATA
missing-contacts = Al menos dos contactos
missing-primary_officer = Un contacto principal que sea Directivo
missing-alternate_contact = Un contacto alterno
missing-office_us_ca = Una oficina con personal en los Estados Unidos o Canadá
missing-office_us = Una oficina con personal en los Estados Unidos
history-application-started = Solicitud iniciada
history-application-organization-saved = Organización guardada
history-application-addresses-saved = Domicilios guardados
history-application-identifiers-saved = Identificadores y fianza guardados
history-application-agreement-signed = Acuerdo de Socio firmado
history-account-application-submitted = Solicitud enviada
history-account-scss-assigned = SCSS asignado
history-account-certification-recommended = Certificación recomendada
history-account-certified = Certificado
history-account-rejected = Solicitud rechazada
history-account-declared-ineligible = Declarado no elegible
history-account-validated = Validado
history-account-suspension-proposed = Suspensión propuesta
history-account-suspended = Suspendido
history-account-reinstated = Restablecido
history-account-removed = Dado de baja
history-account-withdrawn = Retirado
history-contact-added = Contacto agregado
history-contact-updated = Contacto modificado
history-contact-removed = Contacto quitado
history-account-user-invited = Persona invitada
history-account-user-joined = Persona incorporada
history-account-viewed-by-staff = Abierto por personal del programa

## Program work
nav-queue = Cola de trabajo
card-queue-title = Cola de trabajo
card-queue-text = Cuentas por revisar y resolver, con sus plazos.
queue-title = Cola de trabajo
queue-intro = Cuentas que usted atiende, con el plazo más próximo primero y la decisión que cada una espera. Las solicitudes deben resolverse en un plazo de 90 días.
queue-pending-only = Solo cuentas en espera de una decisión
queue-unassigned-only = Solo cuentas sin SCSS
queue-filter = Filtrar
queue-next-action = En espera de
queue-next-deadline = Próximo plazo
queue-target = Meta de 90 días
queue-empty = Ninguna cuenta coincide.
queue-more = Más cuentas
queue-sort = Orden
queue-sort-deadline = Plazo más próximo primero
queue-sort-newest = Cuenta más reciente primero
filter-any = Cualquiera
pending-assignment = Asignación de un SCSS
pending-certification = Decisión de certificación
pending-suspension = Decisión de suspensión
pending-reinstatement = Decisión de restablecimiento
pending-appeal = Decisión de apelación
staff-actions = Acciones del programa
partner-actions = Acciones
field-reason = Motivo
field-scss = Especialista en Seguridad de la Cadena de Suministro
field-decision = Decisión
decision-yes = Aprobar
decision-no = Rechazar
action-assign-scss = Asignar un SCSS
action-recommend-certification = Recomendar la certificación
recommend-profile-approved = Perfil de Seguridad: todos los criterios están aceptados.
recommend-profile-in-review = Perfil de Seguridad: enviado; su revisión no ha terminado.
recommend-profile-returned = Perfil de Seguridad: { $count ->
    [one] un criterio está
   *[other] { $count } criterios están
  } de vuelta con el socio.
recommend-profile-not-submitted = Perfil de Seguridad: aún no enviado.
action-certify = Certificar (Nivel I)
action-reject = Rechazar la solicitud
action-declare-ineligible = Declarar no elegible
action-propose-suspension = Proponer la suspensión
action-decide-suspension = Resolver la propuesta de suspensión
action-submit-cap = Enviar el plan de acción correctiva
action-reinstate = Aceptar el plan de acción correctiva y restablecer
action-remove = Dar de baja del programa
action-file-appeal = Apelar la baja
action-decide-appeal = Resolver la apelación
action-withdraw = Retirarse del programa
notice-action-assign-scss = Se ha asignado el SCSS.
notice-action-recommend-certification = Se ha recomendado la certificación; un Supervisor decidirá.
notice-action-certify = La cuenta está certificada.
notice-action-reject = La solicitud ha sido rechazada.
notice-action-declare-ineligible = La solicitud ha sido declarada no elegible.
notice-action-propose-suspension = Se ha propuesto la suspensión; un Supervisor decidirá.
notice-action-decide-suspension = Se ha resuelto la propuesta de suspensión.
notice-action-submit-cap = Se ha enviado el plan de acción correctiva.
notice-action-reinstate = La cuenta ha sido restablecida.
notice-action-remove = La cuenta ha sido dada de baja.
notice-action-file-appeal = Se ha presentado la apelación; la Oficina Central la resolverá.
notice-action-decide-appeal = Se ha resuelto la apelación.
notice-action-withdraw = La cuenta se ha retirado del programa.
decision-reason-eligibility_not_met = No se cumplen los requisitos de elegibilidad
decision-reason-incomplete_application = Solicitud incompleta
decision-reason-security_profile_deficient = Perfil de Seguridad deficiente
decision-reason-derogatory_information = Información desfavorable
decision-reason-false_information = Información falsa
suspension-reason-missing_mandatory_data = Faltan datos obligatorios
suspension-reason-failed_validation = Validación no aprobada
suspension-reason-security_incident = Incidente de seguridad
suspension-reason-overdue_annual_review = Revisión anual vencida
suspension-reason-false_information = Información falsa
removal-reason-false_information = Información falsa
removal-reason-security_incident = Incidente de seguridad
removal-reason-repeated_non_compliance = Incumplimiento reiterado
removal-reason-failed_validation = Validación no aprobada
removal-reason-other = Otro motivo
notify-scss-assigned = Se ha asignado un Especialista en Seguridad de la Cadena de Suministro, que revisará la solicitud.
notify-certified = La empresa ya está certificada (Nivel I).
notify-decided = Motivo: { $reason }.
notify-suspended = Motivo: { $reason }. Envíe un plan de acción correctiva a más tardar el { $date }; de lo contrario, la cuenta será retirada y no podrá volver a presentar una solicitud durante un año.
notify-reinstated = Se aceptó el plan de acción correctiva.
notify-expired = No se recibió ningún plan de acción correctiva en un plazo de 90 días. No podrá volver a presentar una solicitud durante un año.
notify-removed = Motivo: { $reason }. Puede apelar hasta el { $date }.
notify-appeal-decided = La Oficina Central ha resuelto la apelación.
notify-withdrawn = La empresa se ha retirado del programa.
mail-status-changed-subject = Estatus de la cuenta C-TPAT: { $status }
mail-status-changed-body =
    Buen día:

    El estatus de la cuenta C-TPAT de { $organization } (cuenta { $account }) ahora es: { $status }.

    { $details }

    Detalles y plazos: { $portal_url }/accounts/{ $account }

    Portal C-TPAT
history-account-suspension-proposal-declined = Propuesta de suspensión rechazada
history-account-corrective-action-plan-submitted = Plan de acción correctiva enviado
history-account-suspension-expired = Retirado: suspensión sin respuesta
history-account-appeal-filed = Apelación presentada
history-account-appeal-decided = Apelación resuelta
history-account-annual-review-approved = Revisión anual aprobada

## Bond and program policies
nav-bond-requests = Solicitudes de fianza
nav-policies = Políticas del programa
back-to-account = Volver a la cuenta
bond-title = Fianza
bond-current = Fianza actual
bond-none = No hay ninguna fianza registrada.
bond-edit = Modificar la fianza
bond-request = Solicitar un cambio de fianza
bond-request-intro = Los datos de la fianza los administra su Especialista en Seguridad de la Cadena de Suministro. Envíe los datos nuevos; el SCSS los aprobará o rechazará. La solicitud no detiene ningún otro trámite de su cuenta.
bond-save = Guardar la fianza
bond-send-request = Enviar la solicitud
bond-requests = Solicitudes de cambio de fianza
bond-requests-none = No hay solicitudes de cambio de fianza.
bond-requested-on = Solicitado el
bond-request-pending = En espera del SCSS
bond-request-approved = Aprobada
bond-request-rejected = Rechazada
bond-reject = Rechazar
bond-decide = Registrar la decisión
bond-open = Abrir
field-note = Nota (obligatoria para rechazar)
err-reject-needs-note = Indique por qué se rechaza la solicitud, para que el socio pueda corregirla.
bond-pending-title = Solicitudes de cambio de fianza por resolver
bond-pending-intro = Solicitudes de los socios para cambiar los datos de su fianza, de la más antigua a la más reciente.
notice-bond-saved = Se ha guardado la fianza.
notice-bond-requested = Su solicitud se ha enviado a su Especialista en Seguridad de la Cadena de Suministro.
notice-bond-decided = Se ha registrado la decisión.
policies-title = Políticas del programa
policies-intro = Reglas para todo el programa que establece la Oficina Central. Cada cambio queda registrado.
policy-partners-may-edit-bond = Los socios pueden modificar los datos de su propia fianza
policy-partners-may-edit-bond-hint = Desactivado de forma predeterminada: los socios solicitan a su SCSS los cambios de fianza. Actívelo cuando todos los socios tengan completos los datos de su fianza.
policies-save = Guardar las políticas
notice-policy-saved = Se han guardado las políticas.
history-bond-changed = Fianza modificada
history-bond-change-requested = Cambio de fianza solicitado
history-bond-change-approved = Cambio de fianza aprobado
history-bond-change-rejected = Cambio de fianza rechazado

## Compliance and validation groups
nav-compliance = Datos obligatorios
nav-groups = Grupos de validación
compliance-title = Cumplimiento de datos obligatorios
compliance-intro = Todas las cuentas del programa a las que les faltan datos obligatorios para su tipo de entidad, y qué les falta. Seleccione cuentas para notificarles; al vencer el plazo, las que aún no tengan los datos se suspenderán automáticamente.
compliance-lacking = Datos faltantes
compliance-select = Seleccionar
compliance-missing = Faltante
compliance-notice = Plazo del aviso
compliance-none = Todas las cuentas tienen sus datos obligatorios.
compliance-notify = Notificar y suspender después de esta cantidad de días
field-days = Días hasta la suspensión
err-choose-at-least-one = Seleccione al menos una cuenta.
notice-compliance-notified = Se ha notificado a las cuentas seleccionadas.
deadline-compliance = Proporcionar los datos obligatorios faltantes
groups-title = Grupos de validación
groups-intro = Cuentas vinculadas para que una sola validación las abarque a todas; sus fechas de revalidación se alinean con la más próxima del grupo. Al desvincular una cuenta, se restablece su propio calendario.
groups-aligned = Fecha de revalidación común:
groups-own-date = Fecha de revalidación propia
groups-none = Aún no hay grupos de validación.
groups-create = Crear un grupo de validación
field-account = Número de cuenta del primer miembro
err-account-number = Ingrese el número de una cuenta que usted atiende (aparece en su dirección, /accounts/NUMBER).
err-already-in-group = Esta cuenta ya pertenece a un grupo de validación.
notice-group-created = Se ha creado el grupo de validación.
notice-group-linked = La cuenta se ha vinculado al grupo de validación.
notice-group-unlinked = La cuenta se ha desvinculado; vuelve a aplicarse su propio calendario.
group-title = Grupo de validación
group-member-of = Esta cuenta pertenece al grupo de validación { $name }.
group-aligned-date = Su revalidación está alineada con la fecha { $date }.
group-none = Esta cuenta no pertenece a ningún grupo de validación.
field-group = Grupo de validación
group-link = Vincular al grupo
group-unlink = Desvincular del grupo
history-group-account-linked = Vinculada a un grupo de validación
history-group-account-unlinked = Desvinculada de su grupo de validación
history-compliance-notice-sent = Notificada por faltar datos obligatorios
history-compliance-notice-resolved = Datos faltantes proporcionados a tiempo
mail-missing-data-subject = Faltan datos obligatorios en su cuenta C-TPAT
mail-missing-data-body =
    Buen día:

    A la cuenta C-TPAT de { $organization } (cuenta { $account }) le faltan datos obligatorios para su tipo de entidad:

    { $missing }

    Proporciónelos a más tardar el { $date } en { $portal_url }/accounts/{ $account }. Si para entonces aún faltan, la cuenta será suspendida.

    Portal C-TPAT
err-reapply-barred = Esta empresa fue retirada tras una suspensión sin respuesta y podrá volver a presentar una solicitud con este tipo de entidad a partir del { $date }.
err-catalog-invalid = El archivo del catálogo tiene { $count } problema(s); el primero: { $first }
err-catalog-version-exists = La versión { $version } del catálogo ya está cargada; asigne una versión nueva al archivo nuevo.

## Security Profile
profile-title = Perfil de Seguridad
profile-catalog = Versión de los criterios
profile-versions = Versiones enviadas
profile-versions-count = { $count } versión(es)
profile-edit-hint = Responda cada criterio que corresponda a su tipo de entidad. Sus respuestas se guardan como borrador; no se envían hasta que un Directivo envíe el perfil.
profile-returned-first = Devueltos para modificación: empiece aquí
profile-returned-so-far = Devueltos hasta ahora
profile-returned-so-far-hint = Su Especialista en Seguridad de la Cadena de Suministro aún está revisando. Estos criterios podrán modificarse cuando termine la revisión; se le avisará en el portal y por correo electrónico.
profile-returned-staff = Devueltos al socio
profile-categories = Categorías de los Criterios Mínimos de Seguridad
profile-category = Categoría
profile-progress = Respondidos
profile-answered-of = { $answered } respondidos
profile-submit-title = Enviar el perfil
profile-submit-intro = Todos los criterios obligatorios están respondidos. Un Directivo firma el envío; después, su Especialista en Seguridad de la Cadena de Suministro revisa cada criterio.
profile-submit = Firmar y enviar el perfil
profile-gaps-intro = Antes de poder enviar el perfil:
field-confirm = Confirmo, en nombre de la empresa, que estas respuestas son verídicas y completas.
profile-status-not_started = No iniciado
profile-status-draft = Borrador
profile-status-submitted = Enviado, en revisión
profile-status-returned = Devuelto para modificación
profile-status-approved = Aprobado
profile-unanswered = Sin responder
compliance-meets = Cumple el criterio
compliance-partially = Cumple parcialmente el criterio
compliance-does_not_meet = No cumple el criterio
compliance-not_applicable = No aplica (indique por qué)
level-must = Obligatorio
level-should = Recomendado
review-accepted = Aceptado
review-returned = Devuelto por su SCSS
review-returned-staff = Devuelto al socio
review-returned-tag = Devuelto
review-revised-tag = Modificado desde la devolución
profile-guidance = Guía de implementación
criterion-english = El criterio en inglés
profile-compliance = Cumplimiento
profile-justification = Por qué no aplica (obligatorio para "no aplica")
profile-narrative = Cómo lo cumple su empresa
profile-narrative-hint = El procedimiento escrito, quién lo lleva a cabo, con qué frecuencia y cómo se verifica.
profile-narrative-staff = Cómo lo cumple la empresa
profile-narrative-gap = Lo que su empresa hace hoy y lo que falta
profile-narrative-gap-hint = Describa las medidas vigentes y la parte del criterio que aún no cubren.
profile-narrative-gap-read = Lo que la empresa hace hoy y lo que falta
profile-plan-legend = Plan de acción correctiva
profile-plan-hint = Solo si la respuesta es "cumple parcialmente" o "no cumple": qué hará su empresa para cumplir el criterio, quién lo hará y la fecha en que estará terminado.
profile-plan = El plan de acción correctiva
profile-plan-due = Fecha en que el plan estará terminado
hint-date = Por ejemplo, 2027-03-31.
review-decision = Decisión sobre { $id }
review-accept = Aceptar
review-return = Devolver al socio con un comentario
review-comment = Comentario para el socio (obligatorio para devolver)
review-save = Registrar las decisiones
profile-save = Guardar
profile-save-next = Guardar e ir a la siguiente categoría
profile-saved-with-problems = Sus respuestas se han guardado. Algunas requieren atención antes de poder enviar el perfil.
autosave-saved = Borrador guardado a las
autosave-check = Borrador guardado; algunas respuestas requieren atención. Guardado a las
autosave-failed = No se pudo guardar el borrador automáticamente; use el botón Guardar.
risk-title = Evaluación de riesgos
risk-intro = Los cinco pasos de la evaluación de riesgos de la cadena de suministro. Describa cada paso; adjunte los documentos detallados como evidencia.
risk-step-1 = 1. Trazar el flujo de la carga e identificar a los socios comerciales
risk-step-1-hint = Desde el punto de origen hasta el destino: cada transferencia, modo de transporte, almacén y socio comercial.
risk-step-2 = 2. Realizar una evaluación de amenazas
risk-step-2-hint = Amenazas a lo largo de las rutas y en los lugares donde permanece la carga: terrorismo, contrabando, tráfico de personas, crimen organizado, plagas.
risk-step-3 = 3. Realizar una evaluación de vulnerabilidades frente a los Criterios Mínimos de Seguridad
risk-step-3-hint = Dónde cada socio e instalación no cumple los criterios.
risk-step-4 = 4. Elaborar un plan de acción
risk-step-4-hint = Qué se hará respecto a cada vulnerabilidad, quién lo hará y para cuándo.
risk-step-5 = 5. Documentar cómo se realizan las evaluaciones de riesgos
risk-step-5-hint = Quién las realiza, con qué frecuencia y cómo se conservan los resultados.
profile-version = Versión
profile-signed-at = Firmado
profile-version-kind = Tipo
profile-version-submission = Envío
profile-version-annual_review = Revisión anual
profile-version-title = Versión { $number }
profile-criterion = Criterio
compare = Comparar
compare-left = Desde la versión
compare-right = Hasta la versión
compare-title = Comparación de la versión { $a }
compare-changed = Modificado
notice-profile-saved = Sus respuestas se han guardado.
notice-profile-submitted = El perfil se ha firmado y enviado para revisión.
notice-profile-review-saved = Registrado: { $accepted } aceptado(s) y { $returned } devuelto(s). El perfil sigue a su cargo hasta que cada criterio tenga una decisión.
notice-profile-approved = Todas las respuestas están aceptadas: el perfil está aprobado.
notice-profile-returned = Registrado: { $accepted } aceptado(s) y { $returned } devuelto(s). El perfil se ha devuelto al socio con sus comentarios; se le avisa por correo electrónico.
err-profile-na-justify = Indique por qué este criterio no aplica a su empresa.
err-profile-must-unanswered = Responda el criterio { $id }: es obligatorio.
err-profile-returned-unchanged = Su SCSS devolvió el criterio { $id }; modifique su respuesta antes de volver a enviarlo.
err-profile-under-review = El perfil está en revisión; las respuestas podrán modificarse de nuevo cuando termine la revisión.
err-profile-only-officer-signs = Solo un Directivo de la empresa puede firmar y enviar el perfil.
err-profile-not-started = Responda el perfil antes de enviarlo.
err-profile-incomplete = Aún no se puede enviar el perfil: { $count } elemento(s) requieren atención (se indican abajo).
err-profile-must-confirm = Confirme que las respuestas son verídicas y completas.
err-profile-not-submitted = No hay ningún perfil enviado para revisar.
err-profile-return-needs-comment = Indique qué debe modificar el socio.
err-review-comment-needs-decision = Elija Aceptar o Devolver para este criterio, o borre su comentario: un comentario solo se envía con una devolución.
err-review-nothing-decided = No se registró nada: elija Aceptar o Devolver para al menos un criterio.
notify-profile-approved = El Perfil de Seguridad ha sido aprobado.
notify-profile-returned = El Perfil de Seguridad se ha devuelto para modificación; los criterios devueltos aparecen primero en la página del perfil.
history-profile-started = Perfil de Seguridad iniciado
history-profile-answers-saved = Respuestas del perfil guardadas
history-profile-risk-assessment-saved = Evaluación de riesgos guardada
history-profile-submitted = Perfil de Seguridad enviado
history-profile-reviewed = Revisión del perfil registrada
history-profile-approved = Perfil de Seguridad aprobado
history-profile-returned = Perfil de Seguridad devuelto para modificación

## Evidence files
evidence-title = Evidencia del criterio { $id }
evidence-link = Archivos de evidencia: { $count }
evidence-none = Aún no hay archivos de evidencia.
evidence-file = Archivo
evidence-size = Tamaño
evidence-uploaded = Cargado
evidence-add = Agregar un archivo
evidence-choose = Archivo por cargar
evidence-hint = Se aceptan: { $accepted }.
evidence-max = Máximo { $mb } MB por archivo.
evidence-upload = Cargar
notice-file-uploaded = Se ha cargado el archivo.
notice-file-removed = Se ha quitado el archivo de este criterio.
error-upload-too-large = El archivo excede el tamaño que acepta el portal. No se guardó nada. Cargue un archivo más pequeño.
error-upload-title = La carga no se completó
error-upload-broken = El archivo no llegó completo. No se guardó nada; inténtelo de nuevo.
err-file-empty = El archivo está vacío.
err-file-type-refused = No se acepta este tipo de archivo: las páginas web, los scripts y los programas se rechazan, sea cual sea su nombre.
err-file-type-unknown = No se acepta este tipo de archivo. Se aceptan: { $accepted }.
err-file-type-mismatch = El contenido del archivo no corresponde a su terminación ".{ $ext }". Se aceptan: { $accepted }.
err-file-quota = El almacenamiento de la empresa está lleno (máximo { $mb } MB). Quite los archivos que ya no necesite.
err-file-missing = Elija un archivo para cargar.
history-file-uploaded = Archivo cargado
history-file-downloaded = Archivo descargado
history-evidence-removed = Archivo de evidencia quitado
library-title = Biblioteca del socio
library-intro = Los documentos de la cuenta: versiones aprobadas del Perfil de Seguridad, informes de validación y las cartas del programa de certificación, suspensión, restablecimiento y baja. Cada uno se imprime correctamente desde el navegador; las cartas también se descargan en PDF. Los documentos para todos los socios están en la Biblioteca Pública.
library-none = Aún no hay documentos.
library-document = Documento
library-approved = Aprobado
library-profile = Perfil de Seguridad, versión { $number }
profile-print-hint = Para conservar una copia, imprima esta página (o guárdela como PDF) desde su navegador; la navegación no se incluye.

## Catalog administration
nav-catalog = Catálogo de criterios
catalog-title = Catálogo de los Criterios Mínimos de Seguridad
catalog-intro = Los criterios que responden los socios, cargados por versiones. Al cargar una versión nueva, todos los perfiles abiertos pasan a ella: las respuestas a los criterios sin cambios se conservan, y los criterios nuevos o modificados se señalan al socio.
catalog-versions = Versiones cargadas
catalog-version = Versión
catalog-name = Título
catalog-loaded = Cargada
catalog-current = Vigente
catalog-load = Cargar una versión nueva
catalog-file = Archivo del catálogo (TOML)
catalog-file-hint = Verifíquelo primero con `ctpat catalog check FILE`; aquí se indica cada problema con su línea.
catalog-load-submit = Cargar el catálogo
catalog-invalid = El archivo del catálogo tiene problemas; no se cargó nada.
catalog-issue = Línea { $line }:
catalog-shipped-title = Esta versión del portal incluye la versión { $version } del catálogo
catalog-shipped-intro = La base de datos se inició con una versión anterior del portal y todavía usa una versión más antigua del catálogo. Al cargarla, todos los perfiles abiertos pasan a ella: las respuestas a los criterios sin cambios se conservan, y los criterios nuevos o modificados se señalan al socio.
catalog-shipped-submit = Cargar la versión { $version }
catalog-coverage = Lo que pide la versión vigente
catalog-coverage-caption = Criterios que responde cada tipo de entidad en la versión vigente
catalog-entity = Tipo de entidad
catalog-must = Obligatorio
catalog-should = Recomendado
catalog-to-verify = { $count } criterios por verificar con los documentos de CBP
catalog-to-verify-intro = Estos criterios se redactaron a partir de lo que el equipo conocía de los documentos por tipo de entidad de 2019, que no estaban disponibles para cotejarlos (fuente "recall"). Verifique el ID, el nivel y los tipos de entidad a los que se aplica cada uno; si algo difiere, corrija el archivo y cárguelo como una versión nueva.
notice-catalog-loaded = La nueva versión del catálogo está cargada y vigente.
profile-flagged = Criterios nuevos o modificados por responder
profile-criterion-new = Nuevo o modificado

## Annual review
annual-title = Revisión anual
annual-not-open = El periodo de la revisión anual se abre el { $opens }; la revisión vence el { $due }.
annual-open = El periodo de la revisión anual está abierto: revise y actualice su perfil; después, un Directivo debe firmar a más tardar el { $due }. Solo cuentan los cambios hechos dentro del periodo.
annual-overdue = La revisión anual vencía el { $due } y está atrasada. Fírmela lo antes posible.
annual-submitted = Revisión anual (versión { $number }) firmada; en espera de que su Especialista en Seguridad de la Cadena de Suministro la apruebe.
annual-changed = Criterios actualizados en este periodo:
annual-sign = Firmar la revisión anual
annual-approve = Aprobar la revisión anual
notice-annual-signed = La revisión anual se ha firmado y enviado a su SCSS.
notice-annual-approved = La revisión anual está aprobada; la siguiente vence dentro de un año.
err-annual-not-open = El periodo de la revisión anual no está abierto.
err-annual-nothing-to-approve = No hay ninguna revisión anual firmada por aprobar.
history-annual-review-signed = Revisión anual firmada
history-annual-review-approved = Revisión anual aprobada
history-annual-review-reminder-sent = Recordatorio de revisión anual enviado
mail-annual-reminder-subject = Revisión anual C-TPAT: vence el { $date }
mail-annual-reminder-body =
    Buen día:

    La revisión anual del Perfil de Seguridad de { $organization } (cuenta { $account }) vence el { $date }.
    Revise y actualice el perfil y, después, pida a un Directivo que firme la revisión anual: { $portal_url }/accounts/{ $account }/profile

    Para la revisión solo cuentan los cambios hechos en los 90 días anteriores a la fecha de vencimiento.

    Portal C-TPAT
mail-annual-overdue-subject = Revisión anual atrasada: cuenta { $account }
mail-annual-overdue-body =
    Buen día:

    La revisión anual de { $organization } (cuenta { $account }) vencía el { $date } y no se ha firmado.
    Considere proponer una suspensión (motivo: revisión anual vencida): { $portal_url }/accounts/{ $account }

    Portal C-TPAT
next-staff-annual-overdue = La revisión anual está atrasada: considere proponer una suspensión con el motivo "revisión anual vencida".
err-svi-format = Ingrese un número SVI con el formato SVI- seguido de 8 letras y dígitos (sin 0, O, 1, I ni L).
perm-manage-svi = Administrar las conexiones y el uso compartido de la Interfaz de Verificación de Estatus

## SVI: connections, settings, verification, notifications
svi-title = Interfaz de Verificación de Estatus (SVI)
svi-number-intro = Proporcione este número a sus socios comerciales: con él pueden solicitar una conexión y ver si usted está certificado.
svi-not-eligible = SVI se habilita cuando la cuenta está activa (el número SVI se asigna cuando la solicitud se envía y se acepta para revisión). Las cuentas cerradas no pueden conectarse.
svi-not-participating = Esta cuenta ha dejado SVI. Los socios no pueden encontrarla ni solicitarle una conexión.
svi-partners = Socios conectados
svi-partners-none = Aún no hay socios conectados.
svi-col-partner = Socio
svi-col-certified = Certificado
svi-col-contact = Contacto principal
svi-col-since = Conectado desde
svi-col-actions = Acciones
svi-col-requested = Solicitado el
svi-col-line = Línea
svi-col-result = Resultado
svi-certified = Certificado
svi-not-certified = No certificado
svi-not-shared = No compartido
svi-also = Otras cuentas de esta organización
svi-remove = Quitar la conexión
svi-incoming = Solicitudes de conexión recibidas
svi-outgoing = Solicitudes que usted envió
svi-number-intro-staff = Los socios de la cuenta usan este número para solicitar una conexión y ver si está certificada.
svi-incoming-staff = Solicitudes de conexión con esta cuenta
svi-outgoing-staff = Solicitudes que envió esta cuenta
svi-blocks-staff = Cuentas bloqueadas por esta cuenta
svi-blocks-intro-staff = Estas cuentas no pueden volver a solicitar una conexión hasta que el socio quite el bloqueo.
svi-accept = Aceptar
svi-decline = Rechazar
svi-withdraw = Retirar la solicitud
svi-decline-hint = Al rechazar, también se bloquean nuevas solicitudes de esa cuenta hasta que usted quite el bloqueo.
svi-connect = Conectarse con un socio
svi-send-request = Enviar la solicitud
field-svi_number = Número SVI del socio
hint-svi_number = Por ejemplo, SVI-7KQ2M9XA. Pídaselo a su socio.
field-q = Buscar por nombre de la empresa
svi-search = Buscar
svi-search-results = Empresas encontradas
svi-search-none = Ninguna empresa participante coincide con ese nombre.
svi-state-connected = Conectado
svi-state-pending = Solicitud pendiente
svi-state-blocked = La empresa rechazó una solicitud anterior
svi-blocks = Cuentas que usted bloqueó
svi-blocks-intro = Estas cuentas no pueden volver a solicitar una conexión hasta que usted quite el bloqueo.
svi-blocked-on = bloqueada el
svi-unblock = Quitar el bloqueo
svi-settings = Configuración de uso compartido
field-auto_accept = Aceptar automáticamente las solicitudes de conexión
field-share_more = Compartir más: los socios también ven nuestro nivel y contacto principal
hint-share_more = De lo contrario, los socios solo ven el nombre de la empresa y si la cuenta está certificada.
field-scope = Qué cuentas de nuestra organización ven los socios
svi-scope-all = Todas las cuentas de la organización
svi-scope-chosen = Solo esta cuenta y las marcadas abajo
svi-scope-no-sisters = La organización no tiene otras cuentas.
field-accounts = Cuentas compartidas
svi-save-settings = Guardar la configuración
svi-email-status = Enviar nuestro estatus por correo electrónico a una empresa fuera del programa
svi-email-status-intro = La empresa recibe el número SVI de esta cuenta, si está certificada y una invitación para unirse a C-TPAT.
svi-email-send = Enviar el correo electrónico
svi-participation = Participación en SVI
svi-leave-intro = Al dejar SVI, terminan de inmediato todas las conexiones y solicitudes; se avisa a los socios.
svi-leave = Dejar SVI
svi-join = Volver a participar en SVI
svi-back = Volver a SVI
svi-verify-title = Verificación masiva
svi-verify-intro = Cargue un archivo CSV con hasta { $max } números SVI, uno por línea (primera columna; se permite una línea de encabezado "svi_number"). Obtendrá un resultado por línea, en el mismo orden.
field-svi_file = Archivo CSV
hint-svi_file = Texto UTF-8, un número SVI por línea.
svi-verify-show = Mostrar resultados
svi-verify-csv = Descargar resultados en CSV
svi-verify-results = Resultados
svi-result-certified = Certificado
svi-result-not-certified = No certificado
svi-result-unknown = Desconocido
svi-result-not-connected = No conectado
svi-result-invalid-format = Formato no válido
notifications-title = Notificaciones
notifications-none = No hay notificaciones.
notifications-new = Nuevas
notifications-mark-read = Marcar todas como leídas
note-partner-status = { $name } ({ $svi }) cambió de estatus: de { $previous } a { $status }.
note-profile-returned = Su Especialista en Seguridad de la Cadena de Suministro terminó la revisión y devolvió { $count ->
    [one] un criterio
   *[other] { $count } criterios
  } de su Perfil de Seguridad: modifíquelos y vuelva a enviarlo.
note-open-profile = Abrir el Perfil de Seguridad
note-open-svi = Abrir las conexiones SVI
note-profile-approved = Su Especialista en Seguridad de la Cadena de Suministro aceptó todas las respuestas: su Perfil de Seguridad está aprobado.
note-svi-request = { $name } ({ $svi }) solicita conectarse en SVI.
note-svi-connected = { $name } ({ $svi }) se conectó con usted (aceptación automática).
note-svi-accepted = { $name } ({ $svi }) aceptó su solicitud de conexión.
note-svi-disconnected = { $name } ({ $svi }) terminó la conexión SVI.
notice-svi-requested = Su solicitud se ha enviado.
notice-svi-requested-many = { $sent ->
    [0] No se envió ninguna solicitud
    [one] Se envió una solicitud
   *[other] Se enviaron { $sent } solicitudes
  }; { $connected } conectada(s) de inmediato (esos socios aceptan automáticamente); { $skipped } omitida(s) (ya conectadas o solicitadas, bloqueadas o sin participación en SVI).
notice-svi-none-ticked = No se marcó ningún número, así que no se envió ninguna solicitud.
notice-svi-connected = Conectado: el socio acepta solicitudes automáticamente.
notice-svi-accepted = Se ha aceptado la conexión.
notice-svi-declined = Se ha rechazado la solicitud y esa cuenta ha quedado bloqueada.
notice-svi-removed = Listo: la conexión o solicitud ha terminado.
notice-svi-unblocked = Se ha quitado el bloqueo.
notice-svi-settings-saved = Se ha guardado la configuración de uso compartido.
notice-svi-left = Ha dejado SVI; todas las conexiones han terminado.
notice-svi-joined = La cuenta vuelve a participar en SVI.
notice-svi-status-emailed = El correo electrónico está en cola para su envío.
err-svi-not-active = Esta cuenta no puede conectarse en SVI: necesita un número SVI y no debe estar cerrada.
err-svi-not-participating = Esta cuenta ha dejado SVI. Vuelva a participar para conectarse.
err-svi-unknown = Ninguna cuenta participante tiene este número SVI.
err-svi-self = Este es el número SVI de su propia cuenta.
err-svi-blocked = Esta cuenta rechazó una solicitud anterior suya; primero debe quitar el bloqueo.
err-svi-already = Ya está conectado con esta cuenta o hay una solicitud pendiente.
err-svi-not-pending = Esta solicitud ya ha sido respondida.
err-svi-search-short = Ingrese al menos { $min } caracteres del nombre de la empresa.
err-svi-search-rate = Ha realizado muchas búsquedas en poco tiempo. Espere { $seconds } segundos y vuelva a buscar.
err-svi-scope-foreign = Elija solo otras cuentas de su propia organización.
err-csv-encoding = El archivo no es texto UTF-8 (línea { $line }). Guárdelo como "CSV UTF-8" y vuelva a cargarlo.
err-csv-line = La línea { $line } contiene caracteres que no pueden formar parte de un número SVI.
err-csv-too-many = El archivo tiene más de { $max } números SVI. Divídalo en varios archivos.
err-csv-empty = El archivo no contiene números SVI.
err-csv-none = Elija un archivo CSV para cargar.
err-svi-none-ticked = Marque al menos un número para solicitar una conexión.
err-svi-too-many = Se pueden solicitar como máximo { $max } números a la vez. Verifique una lista más corta.
svi-verify-askable = { $count ->
    [one] Un número pertenece a un socio del programa con el que usted no está conectado. Su estatus solo se muestra mediante una conexión: solicítela, y se mostrará cuando el socio la acepte.
   *[other] { $count } números pertenecen a socios del programa con los que usted no está conectado. Su estatus solo se muestra mediante una conexión: solicite conexiones a los números marcados, y cada uno se mostrará cuando su socio la acepte.
  }
svi-col-request = Solicitar
svi-ask-label = Solicitar una conexión a { $number }
svi-request-ticked = Solicitar conexiones a los números marcados
err-csv-too-large = El archivo pesa más de 1 MB; 10,000 números SVI ocupan mucho menos. Verifique que sea el archivo correcto.
mail-partner-status-changed-subject = SVI: nuevo estatus de { $organization }: { $status }
mail-partner-status-changed-body =
    Buen día:

    El estatus C-TPAT de su socio conectado { $organization } ({ $svi }) cambió de { $previous } a { $status }.

    Consulte sus conexiones SVI: { $portal_url }

    Este mensaje se envió porque su cuenta está conectada con este socio en la Interfaz de Verificación de Estatus.
mail-svi-status-subject = Estatus C-TPAT de { $organization }
mail-svi-status-body =
    Buen día:

    { $organization } ({ $entity_type }) participa en C-TPAT, la asociación aduanera para la seguridad de la cadena de suministro.

    Número SVI: { $svi }
    Certificada: { $certified ->
        [yes] Sí
       *[no] No
    }
    Fecha: { $date }

    Las empresas del programa pueden conectarse a este número SVI en el portal para seguir su estatus.
    Para unirse al programa, presente su solicitud en { $portal_url }
perm-manage-api-tokens = Crear y revocar los tokens de API y los webhooks de la cuenta
err-api-scopes = Elija al menos un alcance.

## REST API problem titles
api-problem-unauthenticated = Se requiere un token de API válido
api-problem-forbidden = Este token no tiene permiso para hacer eso
api-problem-rate-limited = Demasiadas llamadas: espere antes de volver a intentarlo
api-problem-not-found = No encontrado
api-problem-not-connected = No conectado con esa cuenta
api-problem-invalid-field = Falta un campo o es incorrecto
api-problem-unknown-field = La solicitud tiene un campo que esta llamada no admite
api-problem-malformed-body = El cuerpo no es un objeto JSON
api-problem-refused = La solicitud fue rechazada
api-problem-timeout = La solicitud tardó demasiado y se detuvo
api-problem-too-large = El cuerpo excede el tamaño que acepta la API
api-problem-method-not-allowed = Método no permitido
api-problem-unsupported-media-type = Tipo de medio no admitido
api-problem-invalid-path = Parámetro de ruta mal formado
api-problem-changed-meanwhile = Otra persona lo modificó mientras tanto
api-problem-internal = Algo salió mal de nuestro lado

## API tokens page
api-tokens-title = Tokens de API
api-tokens-intro = Los sistemas de su empresa pueden llamar a la API REST del portal con un token de esta cuenta: buscar y verificar socios en SVI y administrar conexiones. Cada llamada queda registrada en el historial de la cuenta.
api-openapi-link = Descripción de la API (OpenAPI)
api-tokens-none = Esta cuenta no tiene tokens de API.
api-col-token = Token
api-col-created = Creado
api-col-last-used = Último uso
field-scopes = Alcances
api-scope-svi-read = buscar y verificar socios, listar conexiones
api-scope-svi-write = solicitar, aceptar y rechazar conexiones
api-never-used = Nunca
api-token-live = Activo
api-token-revoked-on = Revocado el
api-token-revoke = Revocar
api-token-new = Crear un token
api-token-create = Crear el token
api-token-created = Token creado
api-token-copy-now = Cópielo ahora y guárdelo en el almacén de secretos de su sistema: solo se muestra esta vez. El portal conserva únicamente una huella digital del token.
api-token-secret = El nuevo token
notice-api-token-revoked = Se ha revocado el token; a partir de ahora se rechazan las llamadas que lo usen.
field-token_name = Nombre del token
hint-token_name = Indique el sistema que lo usará, por ejemplo, "Verificación de proveedores del ERP".
err-type-array = Debe ser un arreglo.
err-type-string = Debe ser una cadena de texto.
err-too-many = Se aceptan como máximo { $max } elementos.

## Webhooks page
webhooks-title = Webhooks
webhooks-intro = Sus sistemas pueden recibir un aviso inmediato cuando cambia el estatus de un socio conectado en SVI. Cada entrega es un POST JSON firmado con HMAC-SHA256: el encabezado X-CTPAT-Signature contiene sha256= seguido del resumen hexadecimal del valor de X-CTPAT-Timestamp, un punto y el cuerpo, con el secreto del endpoint como clave. Las entregas fallidas se reintentan después de 1, 5, 30, 120 y 720 minutos.
webhooks-endpoints = Endpoints
webhooks-none = No hay ningún endpoint registrado.
webhook-new = Registrar un endpoint
field-url = URL del endpoint (HTTPS)
hint-url = Por ejemplo, https://erp.example.com/ctpat/events
webhook-add = Registrar el endpoint
webhook-created = Endpoint registrado
webhook-secret-once = Copie ahora el secreto de firma y guárdelo junto con su sistema receptor: solo se muestra esta vez.
webhook-secret = Secreto de firma
webhook-remove = Quitar
webhooks-deliveries = Entregas
webhooks-no-deliveries = Aún no se ha enviado nada.
webhook-col-at = En cola desde
webhook-col-event = Evento
webhook-col-url = Endpoint
webhook-col-attempts = Intentos
webhook-col-result = Resultado
webhook-col-next = Próximo intento
webhook-delivered = Entregado (HTTP { $status })
webhook-gave-up = Abandonado: { $error }
webhook-queued = En cola
webhook-retrying = Se reintentará: { $error }
webhook-removed-url = (endpoint quitado)
notice-webhook-removed = Se ha quitado el endpoint; ya no se le enviará nada.
err-url = Ingrese una dirección web completa, como https://erp.example.com/ctpat/events.
err-url-https = La dirección debe empezar con https://.
err-upload-busy = Ya está enviando { $max } archivos. Espere a que lleguen y después envíe este.
err-mail-cap = Ha enviado { $max } correos electrónicos a través del portal en la última hora, el máximo permitido. Inténtelo de nuevo más tarde.
err-path-id = Debe ser un número entero de 1 a 9223372036854775807.
err-api-tokens-cap = Una cuenta puede tener como máximo { $max } tokens activos. Primero revoque uno que ya no use.
err-webhooks-cap = Una cuenta puede registrar como máximo { $max } webhooks. Primero quite uno que ya no use.
err-url-credentials = No incluya un nombre de usuario ni una contraseña en la dirección; verifique las entregas con el secreto de firma.
err-url-private = La dirección apunta a una red privada o interna; use una dirección HTTPS pública de su sistema.
notifications-unread = { $count } nueva(s)

# Account history: the words for every recorded action.
history-access-denied = Acceso denegado
history-account-user-removed = Persona quitada de la cuenta
history-account-user-role-changed = Rol de una persona modificado
history-api-token-created = Token de API creado
history-api-token-revoked = Token de API revocado
history-api-calls = Llamadas a la API
history-catalog-loaded = Catálogo de criterios cargado
history-compliance-exported = Informe de cumplimiento exportado
history-demo-bond-removed = Fianza quitada (datos de demostración)
history-devices-forgotten = Navegadores recordados olvidados
history-group-created = Grupo de validación creado
history-invitation-accepted = Invitación aceptada
history-login-failed = Inicio de sesión fallido
history-login-ok = Sesión iniciada
history-login-refused = Inicio de sesión rechazado
history-logout = Sesión cerrada
history-mfa-disabled = Verificación en dos pasos desactivada
history-mfa-enrolled = Verificación en dos pasos activada
history-mfa-enrolment-failed = Falló la configuración de la verificación en dos pasos
history-mfa-enrolment-started = Configuración de la verificación en dos pasos iniciada
history-mfa-failed = Código de verificación rechazado
history-notifications-read = Notificaciones marcadas como leídas
history-password-changed = Contraseña cambiada
history-password-reset = Contraseña restablecida
history-password-reset-requested = Restablecimiento de contraseña solicitado
history-policy-changed = Política del programa modificada
history-reauth-failed = Falló la confirmación de identidad
history-session-ended = Sesión terminada
history-session-ended-others = Otras sesiones terminadas
history-staff-created = Miembro del personal creado
history-svi-accepted = Solicitud de conexión SVI aceptada
history-svi-accepted-by-partner = Un socio aceptó la solicitud de conexión SVI
history-svi-declined = Solicitud de conexión SVI rechazada
history-svi-declined-by-partner = Un socio rechazó la solicitud de conexión SVI
history-svi-disconnected = Conexión SVI terminada
history-svi-joined = Se unió a SVI
history-svi-left = Dejó SVI
history-svi-request-received = Solicitud de conexión SVI recibida
history-svi-requested = Conexión SVI solicitada
history-svi-settings-changed = Configuración de SVI modificada
history-svi-status-emailed = Estatus enviado por correo electrónico a una empresa no participante
history-svi-unblocked = Bloqueo de SVI quitado
history-svi-verified = Números SVI verificados
history-user-email-verified = Correo electrónico verificado
history-user-locale-changed = Idioma cambiado
history-user-signed-up = Registro realizado
history-user-signup-duplicate = Registro con una dirección ya registrada
history-webhook-created = Webhook registrado
history-webhook-removed = Webhook quitado
history-demo-user-created = Persona de demostración creada

## Validations
validations-title = Validaciones
validations-intro = Una validación es la visita (presencial o virtual) de su Especialista en Seguridad de la Cadena de Suministro para contrastar su Perfil de Seguridad con lo que su empresa realmente hace. Recibirá aviso por escrito con al menos 30 días de anticipación; aquí se muestran las validaciones próximas, en curso y pasadas.
validations-intro-staff = Validaciones de esta cuenta: próximas, en curso y pasadas. Al programar una, se avisa a todos los contactos de cada cuenta que abarca, en el portal y por correo electrónico.
validations-upcoming = Próximas
validations-in-progress = En curso
validations-history = Pasadas
validations-none = Ninguna.
validation-schedule = Programar una validación
validation-schedule-button = Programar y avisar al socio
validation-dates = Fechas
validation-sites = Sitios
validation-open = Abrir
validation-title = Validación
validation-details = Detalles
validation-accounts = Cuentas abarcadas
validation-team = Equipo
validation-team-hint = Usted forma parte del equipo. Marque a los especialistas que lo acompañan.
validation-short-notice = Motivo del aviso con menor anticipación
validation-changes = Cambios
validation-reschedule = Cambiar la fecha de la validación
validation-reschedule-button = Cambiar la fecha y avisar al socio
validation-cancel = Cancelar la validación
validation-cancel-button = Cancelarla y avisar al socio
validation-notice-rule = El socio recibe aviso por escrito con al menos { $days } días de anticipación: se avisa a todos los contactos de cada cuenta abarcada, en el portal y por correo electrónico. Un aviso con menor anticipación requiere un motivo registrado por un Supervisor.
validation-group = Grupo de validación: { $name }
validation-sites-hint = Al menos un sitio nacional. Una validación virtual se registra como un sitio virtual junto a este.
validation-sites-hint-foreign = Al menos un sitio nacional y uno extranjero: este tipo de entidad tiene un sitio en el extranjero.
validation-status-scheduled = Programada
validation-status-report_submitted = Informe en espera de un Supervisor
validation-status-approved = Concluida
validation-status-cancelled = Cancelada
validation-change-rescheduled = { $at }: { $by } cambió la fecha (antes: { $from }). Motivo: { $reason }
validation-change-cancelled = { $at }: cancelada por { $by }. Motivo: { $reason }
validation-notice-scheduled = validación programada
validation-notice-rescheduled = cambio de fecha de la validación
validation-notice-cancelled = validación cancelada
site-kind-domestic = Nacional
site-kind-foreign = Extranjero
site-kind-virtual = Virtual
field-start = Primer día
field-end = Último día
field-short_notice_reason = Motivo del aviso con menor anticipación que la del programa (solo Supervisores)
field-change_reason = Motivo del cambio (el socio lo lee)
field-cancel_reason = Motivo de la cancelación (el socio lo lee)
field-whole_group = Abarcar todas las cuentas del grupo en esta misma validación
field-site_name = Sitio: nombre y domicilio
field-site_kind-1 = Tipo del sitio 1
field-site_kind-2 = Tipo del sitio 2
field-site_kind-3 = Tipo del sitio 3
field-site_kind-4 = Tipo del sitio 4
field-site_name-1 = Sitio 1: nombre y domicilio
field-site_name-2 = Sitio 2: nombre y domicilio
field-site_name-3 = Sitio 3: nombre y domicilio
field-site_name-4 = Sitio 4: nombre y domicilio
field-team = Equipo
field-sites = Sitios
program-validations-title = Validaciones
nav-validations = Validaciones
program-validations-intro = Validaciones programadas o en curso, de la más próxima a la más lejana.
validations-open-title = Programadas y en curso
validations-due-title = Validaciones pendientes
validations-due-intro = La primera validación vence dentro del año siguiente a la certificación, y las revalidaciones cuatro años después de la última validación; las cuentas de un grupo de validación comparten la fecha más temprana del grupo. Primero las más próximas; las vencidas se señalan.
validations-due-window = Vencen dentro de
validations-due-days = { $count } días
validations-due-none = Ninguna validación vence en este plazo.
validations-due-date = Vencimiento
validations-due-kind = Tipo
validations-due-scheduled = Programada para
validations-due-group = Grupo de validación: { $name }
validations-overdue = Vencida
validation-kind-first = Primera validación
validation-kind-revalidation = Revalidación
notice-validation-scheduled = La validación está programada; se avisó a todos los contactos de las cuentas abarcadas.
notice-validation-rescheduled = La validación cambió de fecha; se volvió a avisar a todos los involucrados.
notice-validation-cancelled = La validación está cancelada; se avisó a todos los involucrados.
err-validation-not-certified = Solo se programa una validación para una cuenta certificada o validada.
err-validation-already-open = Una de las cuentas abarcadas ya tiene una validación programada o en curso: cambie la fecha de esa.
err-validation-short-notice = El primer día debe estar al menos a { $days } días de hoy (el aviso por escrito al socio); solo un Supervisor puede programarla antes, con el motivo registrado.
err-validation-end-before-start = El último día no puede ser anterior al primero.
err-validation-domestic-site = Indique al menos un sitio nacional.
err-validation-foreign-site = Indique un sitio extranjero: este tipo de entidad tiene un sitio en el extranjero.
err-validation-not-scheduled = Solo se puede cambiar la fecha de una validación programada o cancelarla.
err-validation-reason = Indique por qué cambia la validación: el socio lo lee.
deadline-validation-scheduled = Inicio de la validación
note-validation-scheduled = Hay una validación programada del { $start } al { $end }.
note-validation-rescheduled = La validación cambió de fecha: ahora del { $start } al { $end }. Motivo: { $reason }
note-validation-cancelled = La validación del { $start } al { $end } está cancelada. Motivo: { $reason }
note-open-validations = Abrir las validaciones
validation-reason-line = Motivo: { $reason }
history-validation-scheduled = Validación programada
history-validation-rescheduled = Cambio de fecha de la validación
history-validation-cancelled = Validación cancelada
mail-validation-notice-subject = C-TPAT { $what }: { $start }
mail-validation-notice-body =
    Buen día:

    Para la cuenta C-TPAT de { $organization } (cuenta { $account }): { $what }.

    Fechas: del { $start } al { $end }
    Sitios: { $sites }
    { $reason }

    Detalles: { $portal_url }/accounts/{ $account }/validations

    Portal C-TPAT
findings-title = Hallazgos
findings-none = No hay hallazgos registrados.
finding-kind-required_action = Acción requerida
finding-kind-recommendation = Recomendación
finding-kind-best_practice = Mejor práctica
finding-status-open = En espera del socio
finding-status-answered = Respondido, en espera del SCSS
finding-status-closed = Cerrado
finding-site = Sitio
finding-site-none = No vinculado a un sitio
finding-due = Fecha límite de respuesta
finding-response = Su respuesta: lo que la empresa hizo o hará
finding-answer = Enviar la respuesta
finding-comment = Comentario para el socio
finding-close = Cerrar el hallazgo
finding-reopen = Reabrir el hallazgo
finding-record = Registrar un hallazgo
finding-record-button = Registrar el hallazgo y avisar al socio
finding-note-response = { $at }, { $by } respondió: { $text }
finding-note-closed = { $at }, { $by } lo cerró: { $text }
finding-note-reopened = { $at }, { $by } lo reabrió: { $text }
field-finding_kind = Tipo de hallazgo
field-finding_criteria = Criterios CMS (ID, por ejemplo 4.1, 4.2)
field-finding_site = Sitio
field-finding_text = Lo que se encontró
field-finding_due = Fecha límite de respuesta (acciones requeridas; vacío: 90 días a partir de hoy)
field-response = Su respuesta
field-comment = Comentario
notice-finding-recorded = El hallazgo quedó registrado; se avisó al socio.
notice-finding-answered = Su respuesta se envió a su Especialista en Seguridad de la Cadena de Suministro.
notice-finding-closed = El hallazgo está cerrado.
notice-finding-reopened = El hallazgo se reabrió; se avisó al socio.
err-finding-criteria = Indique al menos un criterio CMS por su ID.
err-finding-criterion-unknown = { $id } no es un criterio del catálogo.
err-finding-validation-closed = Los hallazgos se registran y se responden mientras la validación está abierta.
err-finding-closed = El hallazgo está cerrado.
err-finding-not-closed = El hallazgo no está cerrado.
note-finding-recorded = Se registró un hallazgo de la validación: { $kind }, criterios { $criteria }. Respóndalo en la página de la validación.
note-finding-closed = Su Especialista en Seguridad de la Cadena de Suministro cerró un hallazgo (criterios { $criteria }).
note-finding-reopened = Su Especialista en Seguridad de la Cadena de Suministro reabrió un hallazgo (criterios { $criteria }): consulte el comentario.
notify-finding-recorded = Se registró un hallazgo en la validación para los criterios { $criteria }. Respóndalo en el portal{ $due ->
    [none] .
   *[other] a más tardar el { $due }.
  }
history-validation-finding-recorded = Hallazgo de validación registrado
history-validation-finding-answered = Hallazgo de validación respondido
history-validation-finding-closed = Hallazgo de validación cerrado
history-validation-finding-reopened = Hallazgo de validación reabierto
report-title = Informe
report-none = Aún no hay informe.
report-outcome = Resultado
report-summary = Resumen
report-author = Redactado por
report-approved-by = Aprobado
report-returned-by = Devuelto por el Supervisor
report-tier-three-reason = Motivo del Nivel III
report-follow-up-by = acciones requeridas a más tardar el { $date }
report-submit = Enviar el informe
report-submit-button = Enviar el informe para aprobación de un Supervisor
report-decide = Resolver sobre el informe
report-decide-button = Registrar la decisión
report-approve = Aprobar: el resultado se aplica a todas las cuentas abarcadas
report-return = Devolverlo a su autor
report-outcome-validated = Validado (Nivel II)
report-outcome-tier_three = Validado con mejores prácticas (Nivel III)
report-outcome-follow_up = Se requiere seguimiento
report-outcome-suspension = Proponer una suspensión (validación no aprobada)
field-report_summary = Resumen de la validación
field-report_outcome = Resultado propuesto
field-report_follow_up_due = Fecha límite del seguimiento (solo para "Se requiere seguimiento")
field-report_decision = Decisión
field-report_comment = Comentario
hint-report_comment = Obligatorio para devolver el informe (su autor lo lee) y para aprobar el Nivel III (el motivo).
validation-summary-title = Resumen de la validación
notice-report-submitted = El informe se envió; un Supervisor resolverá sobre él.
notice-report-approved = El informe está aprobado y su resultado se aplicó a todas las cuentas abarcadas.
notice-report-returned = El informe se devolvió a su autor.
err-report-not-open = El informe se redacta mientras la validación está abierta.
err-report-not-submitted = No hay ningún informe en espera de decisión.
err-report-return-comment = Indique lo que el autor debe cambiar.
err-report-tier-three-reason = Registre por qué la empresa merece el Nivel III.
notify-validated = El informe de validación está aprobado: la empresa está validada.
history-validation-report-submitted = Informe de validación enviado
history-validation-report-approved = Informe de validación aprobado
history-validation-report-returned = Informe de validación devuelto
library-validation = Resumen de la validación del { $date }
deadline-finding-response = Responder la acción requerida detectada en la validación
history-validation-finding-reminder-sent = Recordatorio del plazo de un hallazgo enviado
mail-finding-reminder-subject = Hallazgo de validación C-TPAT: respuesta a más tardar el { $date }
mail-finding-reminder-body =
    Buen día:

    Una acción requerida detectada en la validación de la cuenta { $account } (criterios { $criteria }) debe responderse a más tardar el { $date }.

    Respóndala en el portal: { $portal_url }/accounts/{ $account }/validations

    Portal C-TPAT
queue-overdue-finding = Respuesta a hallazgo vencida
history-demo-finding-due-moved = Fecha de respuesta de un hallazgo adelantada (datos de demostración)
action-confirm-withdraw = Retiro esta cuenta de C-TPAT en nombre de la empresa. Se avisa a los socios SVI conectados, y la empresa podrá volver a presentar una solicitud más adelante.
err-withdraw-confirm = Marque la casilla para confirmar el retiro.
refusal-reinstate-missing-data = La cuenta no puede restablecerse mientras sus datos obligatorios estén incompletos: { $count ->
    [one] aún falta un dato
   *[other] aún faltan { $count } datos
  } (consulte la lista en la cuenta).
err-group-other-company = Un grupo de validación reúne las cuentas de una sola empresa, o de una empresa matriz y sus subsidiarias: registre primero la empresa matriz.
err-parent-loop = Una empresa no puede ser su propia matriz, ni la matriz de su matriz.
history-organization-parent-set = Empresa matriz registrada
group-parent = Empresa matriz
group-parent-none = No hay empresa matriz registrada.
group-parent-of = Subsidiaria de { $name } (cuenta { $account }).
field-parent = Número de cuenta de la empresa matriz (vacío: ninguna)
group-parent-save = Registrar la empresa matriz
notice-parent-set = La empresa matriz quedó registrada.
missing-bond_type_importer = Una fianza continua de importación (la fianza registrada es de otro tipo)
missing-bond_type_air_carrier = Una fianza de transportista internacional (la fianza registrada es de otro tipo)
missing-bond_type_sea_carrier = Una fianza de transportista internacional (la fianza registrada es de otro tipo)
missing-bond_type_rail_carrier = Una fianza de transportista público (la fianza registrada es de otro tipo)
missing-bond_type_consolidator = Una fianza de transportista internacional o una fianza de custodia (la fianza registrada es de otro tipo)
finding-files = Archivos adjuntos a la respuesta
finding-file = Un archivo para la respuesta (evidencia)
hint-finding-file = PDF, una imagen o un documento de oficina; el mismo límite de tamaño que la evidencia del Perfil de Seguridad.
finding-file-upload = Adjuntar el archivo
deadline-reminder-certification-target = el plazo objetivo de 90 días para la decisión de certificación
deadline-reminder-response = la respuesta a la suspensión (plan de acción correctiva)
deadline-reminder-appeal = el plazo para apelar la baja
deadline-reminder-appeal-decision = la decisión sobre la apelación (HQ)
deadline-reminder-validation = el plazo de la validación
history-deadline-reminder-sent = Recordatorio de plazo enviado
mail-deadline-reminder-subject = Plazo C-TPAT el { $date }: { $what }
mail-deadline-reminder-body =
    Buen día:

    Para la cuenta C-TPAT { $account }, { $what } vence el { $date }.

    Detalles: { $portal_url }/accounts/{ $account }

    Portal C-TPAT
timers-title = Plazos del programa
timers-intro = Los plazos del programa, para todas las cuentas. Un cambio se aplica a las fechas que se calculen a partir de ahora (las fechas de cada cuenta se recalculan la próxima vez que algo le ocurra) y queda en el registro de auditoría.
timers-save = Guardar los plazos
timer-default = Valor predeterminado del programa: { $value }
timer-unit-days = días
timer-unit-years = años
timer-certification-target = Plazo objetivo para la decisión de certificación tras la solicitud
timer-first-validation-within = Vencimiento de la primera validación tras la certificación
timer-revalidation-years = Intervalo de revalidación
timer-validation-notice = Aviso por escrito antes de una validación
timer-finding-response = Plazo para responder una acción requerida detectada en una validación
timer-annual-review-window = Periodo de revisión anual antes de su vencimiento
timer-suspension-response = Plazo para responder a una suspensión
timer-reapply-bar = Impedimento para volver a solicitar tras un retiro
timer-appeal-window = Plazo para apelar una baja
timer-appeal-window-false-information = Plazo para apelar una baja por información falsa
timer-appeal-decision-within = Plazo para que HQ resuelva una apelación
err-timer-range = Ingrese un número entero de { $min } a { $max }.
notice-timers-saved = Los plazos del programa se guardaron.
history-policy-timer-changed = Plazo del programa modificado

## Corrective action plans and appeals
statement-corrective-action-plan = Plan de acción correctiva
statement-appeal = Apelación contra la baja
statement-corrective-action-plan-intro = Explique qué causó la suspensión, qué ha hecho y qué hará al respecto, y en qué plazo. Adjunte la evidencia (políticas, registros, fotografías). Su SCSS y un Supervisor leen el plan antes de resolver sobre el restablecimiento.
statement-appeal-intro = Explique por qué debe revocarse la baja y adjunte la evidencia. La Oficina Central resuelve la apelación.
statement-deadline = Envíelo a más tardar el { $date }.
statement-files = Evidencia adjunta
statement-files-none = Aún no hay archivos adjuntos.
statement-file = Archivo que desea adjuntar
statement-file-hint = Hasta { $max } MB. Formatos aceptados:
statement-attach = Adjuntar el archivo
statement-text = Su escrito
field-statement-corrective-action-plan = El plan
field-statement-appeal = Los fundamentos de la apelación
hint-statement-corrective-action-plan = Guárdelo como borrador cuantas veces quiera; una vez enviado, no puede modificarse.
hint-statement-appeal = Guárdela como borrador cuantas veces quiera; una vez enviada, no puede modificarse.
field-body = El escrito
statement-save = Guardar el borrador
statement-send-corrective-action-plan = Enviar el plan
statement-send-appeal = Presentar la apelación
statement-officer-sends-corrective-action-plan = Un Directivo o un Administrador de la cuenta de la empresa envía el plan.
statement-officer-sends-appeal = Solo un Directivo de la empresa presenta la apelación; usted puede prepararla.
statement-sent = Enviado
statement-sent-none = Aún no se ha enviado nada.
statement-sent-by = Enviado por { $who }
statement-read-corrective-action-plan = Leer el plan de acción correctiva y su evidencia
statement-read-appeal = Leer la apelación y su evidencia
action-page-submit-cap = Redacte el plan y adjunte su evidencia en su propia página.
action-page-file-appeal = Redacte la apelación y adjunte su evidencia en su propia página.
notice-statement-saved = Su borrador se guardó.
notice-statement-sent-corrective-action-plan = El plan de acción correctiva se envió.
notice-statement-sent-appeal = La apelación se presentó.
refusal-statement-on-its-page = Un plan o una apelación se envía con su texto, desde su propia página.
history-statement-drafted = Escrito redactado
history-statement-sent = Escrito enviado
queue-overdue-appeal = Decisión de apelación vencida

## Eligibility declarations and cargo facilities
missing-cargo_facility = Al menos una instalación de carga (indique las tres principales por volumen o riesgo)
missing-declaration_imported_last_12_months = Una declaración de que la empresa importó en los últimos 12 meses
missing-declaration_export_security_program = Una declaración de un programa documentado de seguridad de exportación
missing-declaration_broker_active_last_year = Una declaración de que el agente aduanal realizó operaciones aduaneras en el último año
missing-declaration_crosses_border = Una declaración de que la flota del transportista cruza la frontera
missing-declaration_hauls_us_bound_cargo = Una declaración de que el transportista traslada carga con destino a los Estados Unidos
missing-declaration_isps_mtsa_compliant = Una declaración de cumplimiento del Código ISPS y la MTSA
missing-declaration_asset_based = Una declaración de que el proveedor cuenta con activos propios
declarations-legend = Declaraciones de elegibilidad
declarations-intro = Marque lo que sea cierto respecto a su empresa. El programa se basa en ello y lo verifica en la validación.
field-declare_imported_last_12_months = Importamos mercancías a los Estados Unidos o Canadá en los últimos 12 meses.
field-declare_export_security_program = Contamos con un programa documentado de seguridad de exportación.
field-declare_broker_active_last_year = Realizamos operaciones aduaneras en el último año.
field-declare_crosses_border = Nuestra flota cruza la frontera hacia los Estados Unidos.
field-declare_hauls_us_bound_cargo = Trasladamos carga con destino a los Estados Unidos.
field-declare_isps_mtsa_compliant = Nuestros buques cumplen con el Código ISPS y la MTSA.
field-declare_asset_based = Contamos con activos propios: somos propietarios u operamos almacenes o vehículos.
declarations-none = No es necesario declarar nada para este tipo de entidad.
declarations-fact = Declaración
declarations-change = Lo que es cierto respecto a su empresa
declarations-save = Guardar las declaraciones
declared-by = Declarado por { $who }
declared-not = No declarado
notice-declarations-saved = Las declaraciones se guardaron.
history-account-declarations-changed = Declaraciones de elegibilidad modificadas

## The Security Profile submitted with the application
missing-profile-answers = { $count ->
    [one] Falta 1 respuesta para poder enviar el perfil con la solicitud.
   *[other] Faltan { $count } respuestas para poder enviar el perfil con la solicitud.
}
err-profile-submit-with-application = El perfil se envía con su solicitud: firme el Acuerdo de Socio para enviar ambos.
profile-with-application-ready = Todos los criterios obligatorios tienen respuesta. Su perfil se enviará con su solicitud cuando un Directivo firme el Acuerdo de Socio.
profile-with-application-sign = Ir al Acuerdo de Socio
profile-with-application-gaps = Su perfil se envía con su solicitud. Antes de poder firmar el Acuerdo de Socio, responda:
timer-reminder-first = Primer recordatorio antes de un plazo
timer-reminder-second = Segundo recordatorio antes de un plazo
err-reminder-order = El segundo recordatorio debe quedar más cerca del plazo que el primero: menos días.

## The scheduler
nav-jobs = Tareas programadas
jobs-title = Tareas programadas
jobs-intro = Aquí se ejecutan todos los plazos del programa: las revisiones periódicas y cada recordatorio, planificados con hasta dos días de anticipación. Una tarea fallida se reintenta con pausas cada vez más largas y luego queda aquí en espera de usted.
jobs-none = No hay tareas en espera, en ejecución ni fallidas.
jobs-when = Programada para
jobs-what = Tarea
jobs-attempts = Intentos
jobs-error = Último error
jobs-action = Acción
jobs-retry = Volver a ejecutar
notice-job-retried = La tarea se volverá a ejecutar en menos de un minuto.
err-job-not-failed = Solo se puede volver a ejecutar una tarea fallida.
job-status-pending = En espera
job-status-running = En ejecución
job-status-done = Terminada
job-status-failed = Fallida
job-sweep-suspensions = Retirar las cuentas con suspensión sin respuesta
job-sweep-compliance = Avisos de cumplimiento al llegar su plazo
job-plan-reminders = Planificar los recordatorios
job-prune-jobs = Olvidar tareas terminadas antiguas
job-reminder-deadline = Recordatorio de plazo
job-reminder-finding = Recordatorio del plazo de un hallazgo
job-reminder-annual = Paso de la revisión anual
history-job-retried = Tarea programada ejecutada de nuevo
job-plan-digests = Planificar los resúmenes diarios
job-digest = Resumen diario de notificaciones

## The notification centre
mail-notification-subject = C-TPAT: { $text }
mail-notification-body =
    Buen día:

    { $text }

    Ábrala en el portal: { $link }

    En la página de su cuenta usted elige cómo recibir cada tipo de notificación.

    Portal C-TPAT
mail-digest-subject = Sus notificaciones C-TPAT: { $count ->
    [one] 1 nueva
   *[other] { $count } nuevas
}
mail-digest-body =
    Buen día:

    Desde su último resumen:

    { $items }

    Todas sus notificaciones: { $link }

    Portal C-TPAT
bell-label = { $count ->
    [0] Notificaciones, ninguna sin leer
    [one] Notificaciones, 1 sin leer
   *[other] Notificaciones, { $count } sin leer
}
centre-title = Sus notificaciones
centre-intro = Todo lo que le concierne, de lo más reciente a lo más antiguo. Elija cómo recibir cada tipo en la página de configuración de notificaciones.
centre-none = No tiene notificaciones.
centre-unread = Sin leer
centre-mark-read = Marcar como leída
centre-mark-all = Marcar todas como leídas
centre-open = Abrir
centre-older = Notificaciones anteriores
centre-settings = Configuración de notificaciones
notice-centre-all-read = Todas las notificaciones están marcadas como leídas.
prefs-title = Configuración de notificaciones
prefs-intro = Siempre verá las notificaciones en el portal. Elija, para cada tipo, si además recibe un correo electrónico de inmediato, un correo al día con todas ellas, o ningún correo.
prefs-save = Guardar la configuración
notice-prefs-saved = Su configuración de notificaciones se guardó.
channel-in_app = Solo en el portal
channel-email = Correo electrónico de inmediato
channel-digest = Correo electrónico de resumen diario
notice-kind-status = Decisiones sobre una cuenta
notice-kind-profile = Revisiones del Perfil de Seguridad
notice-kind-validation = Visitas de validación
notice-kind-finding = Hallazgos de validaciones
notice-kind-deadline = Plazos
notice-kind-statement = Planes de acción correctiva y apelaciones
history-notifications-preferences-changed = Configuración de notificaciones modificada
centre-status = { $organization }: { $status }. { $details }
centre-profile = { $organization }: Perfil de Seguridad { $status }. { $details }
notice-centre-read = La notificación está marcada como leída.
centre-validation = { $organization }: { $what }, del { $start } al { $end }. Sitios: { $sites }. { $reason_line }
centre-finding = { $kind }: { $details }
perm-message-partners = Enviar mensajes a los socios sobre sus cuentas
notice-kind-message = Mensajes

## Messages
messages-title = Mensajes
messages-intro = Conversaciones entre su empresa y el programa, por asunto. Los mensajes se conservan tal como se escribieron: nunca se modifican ni se eliminan.
messages-none = Aún no hay conversaciones.
messages-last = Último mensaje
messages-new = Iniciar una conversación
field-subject = Asunto
field-message = Mensaje
messages-send = Enviar el mensaje
messages-reply = Responder
messages-attach = Archivo que desea enviar
messages-send-file = Enviar el archivo
messages-file = Envió un archivo:
messages-all = Todas las conversaciones de esta cuenta
messages-program-staff = personal del programa
inbox-title = Mensajes de los socios
inbox-intro = Conversaciones de las cuentas que usted atiende, de la más reciente a la más antigua.
inbox-organization = Empresa
notice-message-sent = Su mensaje se envió.
centre-message = { $organization }: nuevo mensaje de { $author } sobre “{ $subject }”.
history-message-sent = Mensaje enviado
nav-inbox = Mensajes
centre-deadline = { $organization }: { $what } vence el { $date }.
centre-statement = { $organization } envió su { $what }.
notice-kind-exchange = Documentos intercambiados
centre-exchange = { $organization }: { $author } envió el documento { $name }.
history-exchange-sent = Documento enviado por el intercambio
history-exchange-opened = Documento intercambiado abierto

## Document Exchange
exchange-title = Intercambio de documentos
exchange-intro = Documentos que su empresa y el programa se envían mutuamente, con una nota. Se avisa a la otra parte, y usted ve cuándo la otra parte abrió cada uno.
exchange-none = Aún no se ha intercambiado ningún documento.
exchange-document = Documento
exchange-note = Nota
exchange-from = Enviado por
exchange-sent = Enviado
exchange-opened = Abierto por la otra parte
exchange-opened-on = Abierto el { $date }
exchange-not-opened = Aún no se ha abierto
exchange-ours = su parte
exchange-send-title = Enviar un documento
exchange-send = Enviar el documento
notice-exchange-sent = El documento se envió.
notice-kind-bond = Solicitudes de cambio de fianza
notice-kind-svi = Socios comerciales (SVI)
centre-bond-requested = { $organization }: { $author } solicita cambiar la fianza.
centre-bond-decided = { $organization }: solicitud de cambio de fianza { $decision }. { $note }
err-too-many-messages = Ha enviado { $max } mensajes en la última hora; espere un momento antes de enviar más.
err-too-many-documents = Ha enviado { $max } documentos en la última hora; espere un momento antes de enviar más.
centre-finding-deadline = { $organization }: la respuesta al hallazgo sobre los criterios { $criteria } vence el { $date }.
centre-annual-open = { $organization }: revisión anual con vencimiento el { $date }; su periodo está abierto y los cambios que se hagan en él cuentan.
centre-annual-due = { $organization }: revisión anual con vencimiento el { $date }.
centre-annual-overdue = { $organization }: revisión anual vencida desde el { $date }; considere proponer una suspensión.

## Company data after the application
address-kind-hq = Oficina central
company-data-title = Datos de la empresa
company-intro = Los datos de la empresa registrados. Los cambios del nombre, los domicilios y los identificadores se solicitan aquí y surten efecto cuando su Especialista en Seguridad de la Cadena de Suministro los aprueba; nada más depende de ello.
company-organization = Organización
company-addresses = Domicilios
company-identifiers = Identificadores
company-requests = Solicitudes de cambio
company-requests-none = No se ha solicitado ningún cambio.
company-request-organization = Solicitar un cambio de los datos de la organización
company-request-addresses = Solicitar un cambio de los domicilios
company-request-identifiers = Solicitar un cambio de los identificadores
company-send-request = Enviar la solicitud
company-decide = Registrar la decisión
company-requested-on = Solicitado
company-change-organization = los datos de la organización
company-change-addresses = los domicilios
company-change-identifiers = los identificadores
company-change-link = Datos de la empresa y solicitudes de cambio
notice-company-requested = Su solicitud se envió a su SCSS.
notice-company-decided = La decisión quedó registrada.
centre-company-change-requested = { $organization }: { $author } solicita cambiar { $what }.
centre-company-change-decided = { $organization }: solicitud de cambio de { $what }: { $decision }. { $note }
history-company-change-requested = Cambio de datos de la empresa solicitado
history-company-change-approved = Cambio de datos de la empresa aprobado
history-company-change-rejected = Cambio de datos de la empresa rechazado
# Field offices
nav-offices = Oficinas regionales
offices-title = Oficinas regionales
offices-intro = El personal trabaja en una oficina regional y las cuentas se ubican en una. Un Supervisor ve y resuelve las cuentas de su propia oficina; la Oficina Central ve todas las oficinas y traslada cuentas entre ellas.
offices-accounts = Cuentas
offices-staff = Personal
offices-unplaced-link = { $count ->
    [one] Una cuenta aún no está ubicada en una oficina regional: ubíquela
   *[other] { $count } cuentas aún no están ubicadas en una oficina regional: ubíquelas
}
offices-new = Nueva oficina regional
offices-create = Crear la oficina
offices-rename = Cambiar el nombre de una oficina
offices-rename-submit = Cambiar el nombre
field-office_code = Código
hint-office_code = De 2 a 8 letras o dígitos, por ejemplo HOU.
field-office_name = Nombre
hint-office_name = Por ejemplo: Oficina Regional de Houston.
field-office = Oficina regional
office-label = Oficina regional
office-none = Sin ubicar en una oficina regional
office-none-short = —
office-place = Trasladar a esta oficina
err-office-code = Use de 2 a 8 letras o dígitos, sin espacios.
err-office-code-taken = Otra oficina regional ya tiene este código.
err-office-same = La cuenta ya está ubicada en esta oficina.
notice-office-created = La oficina regional se creó.
notice-office-renamed = Se cambió el nombre de la oficina regional.
notice-office-placed = La cuenta se ubicó en la oficina regional. Se avisó a sus Supervisores.
notice-staff-office-changed = Se cambió la oficina regional del miembro del personal.
staff-office-of = Oficina regional de { $name }
staff-office-save = Guardar la oficina de { $name }
centre-account-placed = { $organization } se ubicó en { $office }: asigne un SCSS de su oficina.
history-account-office-changed = Oficina regional cambiada
history-office-created = Oficina regional creada
history-office-renamed = Oficina regional renombrada
history-staff-office-changed = Oficina regional del miembro del personal cambiada
perm-curate-library = Publicar documentos en la Biblioteca Pública
perm-import-legacy-records = Importar registros heredados desde archivos CSV u hojas de cálculo (en el servidor, con ctpat import)
notice-kind-library = Biblioteca Pública
centre-library-published = Novedad en la Biblioteca Pública: { $title }, versión { $version }, vigente a partir del { $date }.
job-notice-library = Avisar a los socios de un documento de la biblioteca
err-library-superseded = Mientras tanto se publicó una versión más reciente de este documento. Elija la vigente.
history-library-published = Documento de la biblioteca publicado
# Public Library
nav-library = Biblioteca
public-library-title = Biblioteca Pública
public-library-intro = Documentos que el programa publica para todos los socios: los Criterios Mínimos de Seguridad, guías, formularios, capacitación y avisos del programa. Cada uno muestra la versión vigente; las versiones anteriores siguen disponibles en la página del documento.
public-library-empty = Aún no se ha publicado ningún documento.
library-category-criteria = Criterios Mínimos de Seguridad
library-category-guidance = Guías
library-category-forms = Formularios y plantillas
library-category-training = Capacitación
library-category-notices = Avisos del programa
library-file = Archivo
library-download = Descargar { $title }
library-download-version = Descargar la versión { $version }
library-versions = Todas las versiones
library-current = Vigente
library-superseded = Sustituida
library-publish-title = Publicar un documento
library-publish-intro = Se avisa a los socios de cada documento o versión nueva en sus notificaciones. Una versión nueva sustituye a la vigente, que sigue disponible.
library-publish = Publicar
library-replaces-none = Un documento nuevo
field-replaces = Versión nueva de
hint-replaces = Elija el documento que este archivo sustituye, o publique un documento nuevo.
field-library_title = Título
field-library_category = Categoría
field-library_version = Versión
hint-library_version = Según la numeración del programa, por ejemplo 2.1.
field-effective_on = Vigente a partir del
hint-effective_on = AAAA-MM-DD
field-library_note = Qué cambió (opcional)
notice-library-published = El documento se publicó. Se avisará a los socios en sus notificaciones.
# Letters of the program
letter-letterhead = Asociación Aduanas-Comercio contra el Terrorismo (C-TPAT)
letter-reference = Referencia
letter-pdf = Descargar en PDF
letter-salutation = Estimado socio:
letter-closing = Atentamente,
letter-certification-title = Carta de certificación
letter-certification-subject = Certificación de { $organization } en el programa C-TPAT
letter-certification-body-1 = Nos complace informarle que { $organization } fue certificada el { $date } como socio de la Asociación Aduanas-Comercio contra el Terrorismo en el tipo de entidad { $entity }, en el Nivel { $tier }.
letter-certification-body-2 = Su número de la Interfaz de Verificación de Estatus (SVI) es { $svi }. Sus socios comerciales pueden usarlo en el portal para verificar su membresía.
letter-certification-body-3 = La membresía depende de mantener actualizado su Perfil de Seguridad: la revisión anual vence a más tardar el { $due }, y el programa validará sus medidas de seguridad de la cadena de suministro a más tardar el { $validation }.
letter-certification-signer = Programa de Seguridad de la Cadena de Suministro, Supervisor
letter-suspension-title = Carta de suspensión
letter-suspension-subject = Suspensión de { $organization } en el programa C-TPAT
letter-suspension-body-1 = Por medio de la presente se le informa que la membresía de { $organization } en el tipo de entidad { $entity } fue suspendida el { $date }. Motivo: { $reason }.
letter-suspension-body-2 = Mientras dure la suspensión, su empresa no recibe los beneficios del programa, y los socios comerciales que verifiquen su estatus lo verán como suspendido.
letter-suspension-body-3 = Puede responder con un plan de acción correctiva en el portal a más tardar el { $due }. Si no hay respuesta para esa fecha, la cuenta se retira del programa.
letter-suspension-signer = Programa de Seguridad de la Cadena de Suministro, Supervisor
letter-reinstatement-title = Carta de restablecimiento
letter-reinstatement-subject = Restablecimiento de { $organization } en el programa C-TPAT
letter-reinstatement-body-1 = Nos complace informarle que la membresía de { $organization } en el tipo de entidad { $entity } fue restablecida el { $date }.
letter-reinstatement-body-2 = Los beneficios del programa se aplican nuevamente a partir de esa fecha. Su número de la Interfaz de Verificación de Estatus (SVI) { $svi } vuelve a mostrar a su empresa como miembro.
letter-reinstatement-signer = Programa de Seguridad de la Cadena de Suministro
letter-removal-title = Carta de baja
letter-removal-subject = Baja de { $organization } del programa C-TPAT
letter-removal-body-1 = Por medio de la presente se le informa que { $organization } fue dada de baja del programa en el tipo de entidad { $entity } el { $date }. Motivo: { $reason }.
letter-removal-body-2 = Puede apelar esta decisión en el portal a más tardar el { $due }. La Oficina Central resuelve todas las apelaciones y le informará su decisión.
letter-removal-signer = Programa de Seguridad de la Cadena de Suministro, Oficina Central
err-group-outside-reach = Este grupo de validación incluye una cuenta que usted no atiende (de otra oficina regional o de otro SCSS). Consulte a un Supervisor de esa oficina o a HQ.
# A staff member's day
today-title = Lo que requiere su atención hoy
today-waiting = en espera
today-decisions = { $count ->
    [0] Ninguna decisión lo espera
    [one] Una decisión lo espera
   *[other] { $count } decisiones lo esperan
}
today-reviews = { $count ->
    [0] Ningún Perfil de Seguridad por revisar
    [one] Un Perfil de Seguridad por revisar
   *[other] { $count } Perfiles de Seguridad por revisar
}
today-due-week = { $count ->
    [0] Ningún plazo esta semana
    [one] Un plazo esta semana
   *[other] { $count } plazos esta semana
}
today-overdue = { $count ->
    [0] Nada vencido
    [one] Una cuenta con un plazo vencido
   *[other] { $count } cuentas con un plazo vencido
}
today-messages = { $count ->
    [0] Ningún mensaje sin leer
    [one] Un mensaje sin leer
   *[other] { $count } mensajes sin leer
}
today-bond-requests = { $count ->
    [0] Ninguna solicitud de cambio de fianza
    [one] Una solicitud de cambio de fianza por resolver
   *[other] { $count } solicitudes de cambio de fianza por resolver
}
today-unplaced = { $count ->
    [0] Todas las solicitudes están ubicadas en una oficina regional
    [one] Una solicitud por ubicar en una oficina regional
   *[other] { $count } solicitudes por ubicar en una oficina regional
}
# Program reports
nav-reports = Informes
reports-title = Informes del programa
reports-intro = El programa en cifras, para las cuentas a su alcance. Las cuentas cerradas (retiradas, rechazadas, no elegibles) solo se cuentan en el informe por estatus. Las cifras de cada gráfica están en la tabla debajo de ella.
reports-none = No hay cuentas que contar.
reports-accounts = Cuentas
report-status-title = Cuentas por estatus
report-status-desc = Una barra por cada estatus del programa, de solicitante a dado de baja, de longitud proporcional a su número de cuentas.
report-entity-title = Cuentas abiertas por tipo de entidad
report-entity-desc = Una barra por cada tipo de entidad con cuentas abiertas, de mayor a menor.
report-office-title = Cuentas abiertas por oficina regional
report-office-desc = Una barra por cada oficina regional con cuentas abiertas, y una para las cuentas no ubicadas en ninguna, de mayor a menor.
report-workload-title = Carga de trabajo de cada SCSS
report-workload-desc = Una barra por cada Especialista en Seguridad de la Cadena de Suministro, de longitud proporcional a su número de cuentas abiertas asignadas, y una para las cuentas sin SCSS.
report-due-title = Validaciones pendientes
report-due-desc = Cuatro barras: validaciones ya vencidas, y las que vencen dentro de 90, 180 y 365 días (cada plazo incluye los más cortos).
report-due-when = Vencimiento
report-due-overdue = Vencidas
report-due-within = Dentro de { $days } días
report-days = { $days ->
    [one] un día
   *[other] { $days } días
}
report-cert-title = Días hasta la certificación
report-cert-count = Cuentas certificadas
report-cert-median = Tiempo mediano de la solicitud a la certificación
report-cert-p90 = Percentil 90 (nueve de cada diez fueron más rápidas)
report-cert-target = Objetivo del programa
report-cert-within = Certificadas dentro del objetivo
report-trend-title = Días hasta la certificación, por mes de certificación
report-trend-desc = Una barra por cada mes con certificaciones, de longitud proporcional a la mediana de días de la solicitud a la certificación en ese mes.
report-trend-head = Mes
report-trend-month = { $month } ({ $count } certificada(s))
report-reasons-title = Suspensiones y bajas por motivo
report-reasons-desc = Una barra por cada motivo por el que una empresa fue suspendida o dada de baja, de longitud proporcional al número de veces, de mayor a menor.
report-reasons-head = Decisión y motivo
report-reason-suspended = Suspendida: { $reason }
report-reason-removed = Dada de baja: { $reason }
report-annual-overdue = { $count ->
    [0] Ninguna revisión anual está vencida.
    [one] Una revisión anual está vencida.
   *[other] { $count } revisiones anuales están vencidas.
}
reports-export = Descargar todos los informes en CSV
reports-csv-report = Informe
reports-csv-label = Fila
history-reports-exported = Informes exportados

## Imports of legacy records
imports-title = Importaciones de registros heredados
imports-intro = El informe de calidad de datos de cada importación enumera las cuentas importadas a las que les faltaban datos obligatorios, con el archivo y la línea de origen de cada una y lo que se hizo. Las cuentas a las que aún les faltan datos figuran en el informe anterior.
imports-when = Importado
imports-files = Archivos
imports-records = Registros
imports-counts = { $created } creado(s), { $updated } actualizado(s), { $unchanged } sin cambios
imports-lacking = Cuentas con datos faltantes
imports-choice = Medida elegida
imports-choice-notice = Aviso con plazo
imports-choice-suspend = Suspendida hasta ser elegible
imports-report = Informe de calidad de datos
imports-download = Informe de la importación { $id } (CSV)
imported-title = Registros importados
imported-intro = Esta cuenta se trajo de un sistema anterior. Cada registro de abajo puede rastrearse hasta su archivo y línea.
imported-records = Registros importados
imported-sheet = Hoja
imported-legacy-id = ID heredado
imported-source = Origen
imported-at-line = { $file }, línea
imported-legacy = Valores heredados que el portal no modela
imported-column = Columna
imported-value = Valor
history-import-account-created = Importada desde un archivo heredado
history-import-account-updated = Corregida por un archivo heredado
history-import-contact-created = Contacto importado desde un archivo heredado
history-import-contact-updated = Contacto corregido por un archivo heredado
history-import-address-updated = Domicilio corregido por un archivo heredado
history-import-connection-created = Conexión SVI importada desde un archivo heredado
history-import-run = Registros heredados importados
history-import-quality-exported = Informe de calidad de datos de una importación descargado

## Exports
export-csv = Descargar en CSV
export-xlsx = Descargar en Excel (XLSX)
reports-export-xlsx = Descargar todos los informes en Excel (XLSX)
reports-export-workload = Descargar la carga de trabajo de los SCSS (XLSX)
history-export-downloaded = Lista descargada
err-export-too-large = Esta lista tiene más filas de las que caben en una hoja de cálculo (1,048,576): acótela con los filtros o descárguela en CSV.

## The program's findings
findings-list-title = Hallazgos
findings-list-intro = Todos los hallazgos de las validaciones a su alcance, del más reciente al más antiguo. Las acciones requeridas se responden a más tardar en su fecha límite; las tardías se señalan.
findings-list-link = Todos los hallazgos de las validaciones a su alcance
findings-list-kind = Tipo
findings-list-criteria = Criterios
findings-list-text = Hallazgo
findings-list-due = Fecha límite de respuesta
findings-list-late = Tardía
findings-list-late-only = Solo acciones requeridas tardías
findings-list-none = Ningún hallazgo coincide.
report-cross-title = Cuentas por tipo de entidad y estatus
report-cross-desc = Todas las cuentas que ya no son borrador, contadas por tipo de entidad y estatus. La Oficina Central limita la tabla a una oficina regional con el filtro de arriba.
report-cross-total = Todos los tipos de entidad
err-import-history-changed = El historial de una cuenta cambió en el portal mientras se ejecutaba la importación. No se importó nada: vuelva a ejecutarla.
history-import-address-created = Domicilio importado desde un archivo heredado
history-import-connection-updated = Conexión SVI corregida por un archivo heredado

## Dates and numbers as this language writes them
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
# A calendar day: $day is a number, $month a month's name, $year text.
date-long = { $day } de { $month } de { $year }
# A month of a year: $month a month's name, $year text.
month-year = { $month } de { $year }
# A moment: $date as date-long writes it, $time the hour in 24-hour form (UTC).
date-time = { $date }, { $time } UTC
# The digit-group separator ("space" for a narrow no-break space) and from how many digits it is used.
number-group-separator = ,
number-group-from = 4

## Column headers of exported lists (CSV and spreadsheets)
col-account_id = ID de cuenta
col-organization = Organización
col-entity_type = Tipo de entidad
col-status = Estatus
col-tier = Nivel
col-svi_number = Número SVI
col-scss = SCSS
col-field_office = Oficina regional
col-applied_on = Fecha de solicitud
col-certified_on = Fecha de certificación
col-next_validation_due = Próxima validación
col-next_deadline = Próximo plazo
col-pending_decision = Decisión pendiente
col-overdue_finding = Hallazgo vencido
col-missing = Faltante (códigos)
col-missing_labels = Faltante
col-notice_deadline = Plazo del aviso
col-seq = Secuencia
col-at = Hora (UTC)
col-actor = Autor
col-role = Rol
col-action = Acción
col-object_type = Tipo de objeto
col-object_id = ID del objeto
col-outcome = Resultado
col-request_id = ID de la solicitud HTTP
col-ip = Dirección IP
col-before = Antes
col-after = Después
col-hash = Hash de la cadena
col-due = Vencimiento
col-overdue = Vencida
col-kind = Tipo
col-group = Grupo de validación
col-scheduled = Programada
col-finding_id = ID del hallazgo
col-validation_id = ID de la validación
col-validation_start = Inicio de la validación
col-criteria = Criterios
col-text = Texto
col-response_due = Fecha límite de respuesta
col-late = Tardía
col-accounts = Cuentas
col-name = Nombre
col-email = Correo electrónico
col-phone = Teléfono
col-title = Puesto
col-primary = Contacto principal
col-alternate = Contacto alterno
col-login = Tiene acceso
col-certified = Certificado
col-connected_since = Conectado desde
col-criterion = Criterio
col-category = Categoría
col-level = Nivel de exigencia
col-statement = Enunciado del criterio
col-answer = Respuesta
col-justification = Justificación
col-narrative = Descripción
col-corrective_plan = Plan de acción correctiva
col-plan_due = Fecha de término del plan
col-review = Revisión
col-result = Resultado
col-review_comment = Comentario de la revisión

## Details of API problem documents (the codes beside them never change)
api-detail-bearer = Envíe `Authorization: Bearer <token>`.
api-detail-scope = Este token no tiene el alcance `{ $scope }`.
api-detail-json-type = Envíe el cuerpo como `Content-Type: application/json`.
api-detail-not-json = El cuerpo no es JSON válido: { $error }.
api-detail-not-object = El cuerpo debe ser un objeto JSON.
api-detail-unknown-field = `{ $field }` no es un campo de esta solicitud.
api-detail-methods = Esta ruta responde a { $methods }.
