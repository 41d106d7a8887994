<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Location</name>
    <message>
        <source>%1 presents no certificate to trust.</source>
        <translation>%1 ne présente aucun certificat auquel faire confiance.</translation>
    </message>
    <message>
        <source>The server presents the certificate %1, not %2</source>
        <translation>Le serveur présente le certificat %1, pas %2</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers is not installed (%1 was not found).</source>
        <translation>La partie de LetThatSyncIn qui atteint les serveurs SFTP et FTP n’est pas installée (%1 est introuvable).</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers does not load: %1</source>
        <translation>La partie de LetThatSyncIn qui atteint les serveurs SFTP et FTP ne se charge pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>This build of LetThatSyncIn has no SFTP or FTP.</source>
        <translation>Cette version de LetThatSyncIn ne prend en charge ni SFTP ni FTP.</translation>
    </message>
</context>
<context>
    <name>Rclone</name>
    <message>
        <source>rclone is not installed: install the package rclone</source>
        <translation>rclone n’est pas installé&#xa0;: installez le paquet rclone</translation>
    </message>
    <message>
        <source>rclone rcd did not start: %1</source>
        <translation>rclone rcd n’a pas démarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>La connexion a été perdue</translation>
    </message>
    <message>
        <source>Cannot find the server (%1)</source>
        <translation>Le serveur est introuvable (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n seconde</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>The server offers no SFTP (%1)</source>
        <translation>Le serveur ne propose pas SFTP (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s host key changed: it was %1 and is now %2. Trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>La clé d’hôte du serveur a changé&#xa0;: c’était %1, c’est maintenant %2. Ne faites confiance à la nouvelle clé que si l’administrateur du serveur la confirme.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>une autre clé</translation>
    </message>
    <message>
        <source>The server&apos;s host key %1 is not trusted yet</source>
        <translation>La clé d’hôte %1 du serveur n’est pas encore approuvée</translation>
    </message>
    <message>
        <source>The server presents the host key %1, not %2</source>
        <translation>Le serveur présente la clé d’hôte %1, pas %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server refused (SFTP status %1)</source>
        <translation>Le serveur a refusé (statut SFTP %1)</translation>
    </message>
    <message>
        <source>The connection was lost and could not be made again (%1)</source>
        <translation>La connexion a été perdue et n’a pas pu être rétablie (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot find the server: the name lookup did not answer within %n seconds</source>
        <translation>
            <numerusform>Le serveur est introuvable&#xa0;: la résolution du nom n’a pas répondu en %n seconde</numerusform>
            <numerusform>Le serveur est introuvable&#xa0;: la résolution du nom n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase given for the key %1 does not open it.</source>
        <translation>La phrase de passe donnée n’ouvre pas la clé %1.</translation>
    </message>
    <message>
        <source>The key %1 has a passphrase, and none is stored for it.</source>
        <translation>La clé %1 a une phrase de passe, et aucune n’est enregistrée pour elle.</translation>
    </message>
    <message>
        <source>The server asked questions that only a person can answer (&quot;%1&quot;): run the sync on a terminal to answer them.</source>
        <translation>Le serveur a posé des questions auxquelles seule une personne peut répondre («&#xa0;%1&#xa0;»)&#xa0;: lancez la synchronisation dans un terminal pour y répondre.</translation>
    </message>
    <message>
        <source>Nobody answered the server&apos;s questions.</source>
        <translation>Personne n’a répondu aux questions du serveur.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with every key and password tried.</source>
        <translation>Le serveur a refusé la connexion de %1 avec toutes les clés et tous les mots de passe essayés.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The server&apos;s SFTP answer makes no sense (%1)</source>
        <translation>La réponse SFTP du serveur n’a pas de sens (%1)</translation>
    </message>
    <message>
        <source>The server refused the answers given to its questions.</source>
        <translation>Le serveur a refusé les réponses données à ses questions.</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>Le serveur demande une connexion, et l’emplacement ne nomme aucun utilisateur.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Le serveur a refusé la connexion de %1 avec le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Le serveur n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>The server failed to take the file (%1)</source>
        <translation>Le serveur n’a pas pu recevoir le fichier (%1)</translation>
    </message>
    <message>
        <source>The form refused the file (%1)</source>
        <translation>Le formulaire a refusé le fichier (%1)</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Impossible de garder l’envoi dans un fichier temporaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>An upload form only takes files: it cannot be listed, and nothing in it can be read, renamed or removed</source>
        <translation>Un formulaire d’envoi ne fait que recevoir des fichiers&#xa0;: il ne peut pas être listé, et rien ne peut y être lu, renommé ni supprimé</translation>
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation>Le serveur n&apos;a présenté aucun certificat</translation>
    </message>
</context>
<context>
    <name>WebDav</name>
    <message>
        <source>The server&apos;s answer is not a WebDAV listing (%1)</source>
        <translation>La réponse du serveur n’est pas une liste WebDAV (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) is not one the system&apos;s authorities vouch for: %2</source>
        <translation>Le certificat du serveur (%1) n’est garanti par aucune des autorités du système&#xa0;: %2</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Le serveur a refusé la connexion de %1 avec le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>Le serveur demande une connexion, et l’emplacement ne nomme aucun utilisateur.</translation>
    </message>
    <message>
        <source>The server is not available</source>
        <translation>Le serveur n’est pas disponible</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Le serveur n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere</source>
        <translation>Le serveur a redirigé la requête ailleurs</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Impossible de garder l’envoi dans un fichier temporaire de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>The server does not tell its free space</source>
        <translation>Le serveur n’indique pas son espace libre</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it was %1 and is now %2. Trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>Le certificat du serveur a changé&#xa0;: c’était %1, c’est maintenant %2. Ne faites confiance au nouveau que si l’administrateur du serveur le confirme.</translation>
    </message>
    <message>
        <source>The connection was lost in the middle of the upload</source>
        <translation>La connexion a été perdue au milieu de l&apos;envoi</translation>
    </message>
    <message>
        <source>The server still holds the name for an upload that lost its connection (HTTP 423 Locked)</source>
        <translation>Le serveur retient encore le nom pour un envoi dont la connexion a été perdue (HTTP 423 Locked)</translation>
    </message>
    <message>
        <source>The file changed while it was sent (%1 bytes announced, %2 given)</source>
        <translation>Le fichier a changé pendant l&apos;envoi (%1 octets annoncés, %2 fournis)</translation>
    </message>
</context>
<context>
    <name>lts</name>
    <message>
        <source>it is not made out to %1</source>
        <translation>il n’a pas été délivré pour %1</translation>
    </message>
    <message>
        <source>rclone takes only names in UTF-8; this one is not</source>
        <translation>rclone n’accepte que des noms en UTF-8&#xa0;; celui-ci ne l’est pas</translation>
    </message>
    <message>
        <source>rclone has no remote named &quot;%1&quot; in its configuration %2: add it with &quot;rclone config&quot;.</source>
        <translation>rclone n’a pas de remote nommé «&#xa0;%1&#xa0;» dans sa configuration %2&#xa0;: ajoutez-le avec «&#xa0;rclone config&#xa0;».</translation>
    </message>
</context>
<context>
    <name>lts::ApiClient</name>
    <message>
        <source>LetThatSyncIn is not running (nothing answers on %1).</source>
        <translation>LetThatSyncIn n&apos;est pas en cours d&apos;exécution (rien ne répond sur %1).</translation>
    </message>
    <message>
        <source>The running LetThatSyncIn refused the connection: %1</source>
        <translation>L&apos;instance de LetThatSyncIn en cours d&apos;exécution a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>LetThatSyncIn did not answer within %n second(s).</source>
        <translation>
            <numerusform>LetThatSyncIn n&apos;a pas répondu dans un délai de %n seconde.</numerusform>
            <numerusform>LetThatSyncIn n&apos;a pas répondu dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>What listens on %1 is not your LetThatSyncIn: it belongs to another user, so neither your request nor your token was sent to it.</source>
        <translation>Ce qui écoute sur %1 n&apos;est pas votre LetThatSyncIn&#xa0;: il appartient à un autre utilisateur, si bien que ni votre requête ni votre jeton ne lui ont été envoyés.</translation>
    </message>
</context>
<context>
    <name>lts::ApiServer</name>
    <message>
        <source>The WebSocket server does not start on %1: that address can be reached from other computers, which needs the RequireToken setting on. Turn RequireToken on, or listen on 127.0.0.1.</source>
        <translation>Le serveur WebSocket ne démarre pas sur %1&#xa0;: cette adresse est accessible depuis d&apos;autres ordinateurs, ce qui nécessite d&apos;activer le paramètre RequireToken. Activez RequireToken ou écoutez sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The WebSocket server does not start: RequireToken is on, and the API token could not be read.</source>
        <translation>Le serveur WebSocket ne démarre pas&#xa0;: RequireToken est activé et le jeton d&apos;API n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address the WebSocket server can listen on, so it is off. Use an address such as 127.0.0.1 in the settings or with --ws-address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP sur laquelle le serveur WebSocket peut écouter&#xa0;; il est donc désactivé. Utilisez une adresse comme 127.0.0.1 dans les paramètres ou avec --ws-address.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already used by another program, so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>Le port %1 sur %2 est déjà utilisé par un autre programme&#xa0;; le serveur WebSocket est donc désactivé. Choisissez un autre port dans les paramètres ou avec --ws-port.</translation>
    </message>
    <message>
        <source>The system does not let LetThatSyncIn listen on port %1 (ports below 1024 need administrator rights), so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>Le système n&apos;autorise pas LetThatSyncIn à écouter sur le port %1 (les ports inférieurs à 1024 nécessitent les droits d&apos;administrateur)&#xa0;; le serveur WebSocket est donc désactivé. Choisissez un autre port dans les paramètres ou avec --ws-port.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the WebSocket server is off. Choose another address in the settings or with --ws-address.</source>
        <translation>%1 n&apos;est pas une adresse de cet ordinateur&#xa0;; le serveur WebSocket est donc désactivé. Choisissez une autre adresse dans les paramètres ou avec --ws-address.</translation>
    </message>
    <message>
        <source>The WebSocket server cannot listen on %1 (%2), so it is off.</source>
        <translation>Le serveur WebSocket ne peut pas écouter sur %1 (%2)&#xa0;; il est donc désactivé.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): command-line clients will look for the server at the address and port of the settings.</source>
        <translation>Impossible d&apos;écrire %1 (%2)&#xa0;: les clients en ligne de commande chercheront le serveur à l&apos;adresse et au port définis dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>lts::ApiService</name>
    <message>
        <source>The WebSocket server is not running: %1</source>
        <translation>Le serveur WebSocket n&apos;est pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The WebSocket server is off (WebSocketPort 0).</source>
        <translation>Le serveur WebSocket est désactivé (WebSocketPort 0).</translation>
    </message>
    <message>
        <source>Scripts can connect to ws://%1:%2.</source>
        <translation>Les scripts peuvent se connecter à ws://%1:%2.</translation>
    </message>
    <message>
        <source>A new API token was made: scripts using the old one are refused.</source>
        <translation>Un nouveau jeton d&apos;API a été créé&#xa0;: les scripts qui utilisent l&apos;ancien sont refusés.</translation>
    </message>
</context>
<context>
    <name>lts::ApiToken</name>
    <message>
        <source>The API token file %1 cannot be read (%2). Make it readable by its owner (chmod 600), or remove it to have a new one made at the next start.</source>
        <translation>Le fichier du jeton d&apos;API %1 ne peut pas être lu (%2). Rendez-le lisible par son propriétaire (chmod 600), ou supprimez-le pour qu&apos;un nouveau soit créé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API token file %1 is not a regular file. Remove it to have a new one made at the next start.</source>
        <translation>Le fichier du jeton d&apos;API %1 n&apos;est pas un fichier ordinaire. Supprimez-le pour qu&apos;un nouveau soit créé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (one line of letters, digits and punctuation, without spaces). Remove it to have a new one made at the next start.</source>
        <translation>Le fichier du jeton d&apos;API %1 ne contient pas de jeton (une ligne de lettres, de chiffres et de signes de ponctuation, sans espaces). Supprimez-le pour qu&apos;un nouveau soit créé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API token cannot be saved in %1 (%2).</source>
        <translation>Le jeton d&apos;API ne peut pas être enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>The API token file %1 belongs to another user, who may have chosen the token. Remove it to have a new one made at the next start.</source>
        <translation>Le fichier du jeton d&apos;API %1 appartient à un autre utilisateur, qui a pu choisir le jeton. Supprimez-le pour qu&apos;un nouveau soit créé au prochain démarrage.</translation>
    </message>
    <message>
        <source>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it readable by you only (chmod 600).</source>
        <translation>Le fichier du jeton d&apos;API %1 peut être lu par d&apos;autres utilisateurs (permissions %2)&#xa0;: il ne les empêche donc plus de piloter LetThatSyncIn. Supprimez-le pour qu&apos;un nouveau soit créé au prochain démarrage, ou rendez-le lisible par vous seul (chmod 600).</translation>
    </message>
</context>
<context>
    <name>lts::Autostart</name>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: %1 cannot be written (%2).</source>
        <translation>Impossible de configurer le lancement de LetThatSyncIn à l&apos;ouverture de session&#xa0;: %1 ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: the registry value %1 cannot be written.</source>
        <translation>Impossible de configurer le lancement de LetThatSyncIn à l&apos;ouverture de session&#xa0;: la valeur de registre %1 ne peut pas être écrite.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: the registry value %1 cannot be removed.</source>
        <translation>LetThatSyncIn se lance toujours à l&apos;ouverture de session&#xa0;: la valeur de registre %1 ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>%1 was not made by LetThatSyncIn, so it is left as it is. Remove it to stop LetThatSyncIn from starting when you log in.</source>
        <translation>%1 n&apos;a pas été créé par LetThatSyncIn&#xa0;; il est donc laissé tel quel. Supprimez-le pour que LetThatSyncIn ne se lance plus à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: %1 cannot be removed (%2).</source>
        <translation>LetThatSyncIn se lance toujours à l&apos;ouverture de session&#xa0;: %1 ne peut pas être supprimé (%2).</translation>
    </message>
</context>
<context>
    <name>lts::AvailabilityProber</name>
    <message numerus="yes">
        <source>The source %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>La source %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>La source %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>La destination %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>La destination %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le dossier %1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Le dossier %1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::Caller</name>
    <message>
        <source>not tried again after: %1</source>
        <translation>pas de nouvel essai après&#xa0;: %1</translation>
    </message>
    <message>
        <source>rclone did not answer within %1 seconds</source>
        <translation>rclone n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>rclone&apos;s daemon does not answer (%1)</source>
        <translation>le démon de rclone ne répond pas (%1)</translation>
    </message>
    <message>
        <source>rclone made no progress within %1 seconds</source>
        <translation>rclone n’a pas progressé en %1 secondes</translation>
    </message>
</context>
<context>
    <name>lts::CommandLine</name>
    <message>
        <source>Folder of config.json (default: %1).</source>
        <translation>Dossier de config.json (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Folder of the run state, history and logs (default: %1).</source>
        <translation>Dossier de l&apos;état des exécutions, de l&apos;historique et des journaux (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Address the WebSocket server listens on, instead of the WebSocketAddress setting.</source>
        <translation>Adresse d&apos;écoute du serveur WebSocket, à la place du paramètre WebSocketAddress.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it off.</source>
        <translation>Port du serveur WebSocket, à la place du paramètre WebSocketPort&#xa0;; 0 le désactive.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print the configured drives.</source>
        <translation>Afficher les tâches configurées.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>La commande à exécuter (voir ci-dessus).</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>«&#xa0;list&#xa0;» n&apos;accepte aucun argument, mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--ws-address needs an IP address such as 127.0.0.1, or localhost; &quot;%1&quot; is not one.</source>
        <translation>--ws-address attend une adresse IP, par exemple 127.0.0.1, ou localhost&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>--ws-port needs a port number from 0 to 65535 (0 turns the server off); &quot;%1&quot; is not one.</source>
        <translation>--ws-port attend un numéro de port compris entre 0 et 65535 (0 désactive le serveur)&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Sync once.</source>
        <translation>Synchroniser une fois.</translation>
    </message>
    <message>
        <source>Run the drives on their schedule without a display (as a service), until SIGTERM or Ctrl+C.</source>
        <translation>Exécuter les tâches selon leur planification, sans affichage (en tant que service), jusqu&apos;à SIGTERM ou Ctrl+C.</translation>
    </message>
    <message>
        <source>--headless runs the schedule and takes no command, but got &quot;%1&quot;.</source>
        <translation>--headless exécute la planification et n&apos;accepte aucune commande, mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Print the state of the drives.</source>
        <translation>Afficher l&apos;état des tâches.</translation>
    </message>
    <message>
        <source>Send one request.</source>
        <translation>Envoyer une requête.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>«&#xa0;status&#xa0;» n&apos;accepte aucun argument, mais a reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;send&quot; takes one request in JSON, such as &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</source>
        <translation>«&#xa0;send&#xa0;» attend une requête en JSON, par exemple &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</translation>
    </message>
    <message>
        <source>Store a server&apos;s password.</source>
        <translation>Enregistrer le mot de passe d’un serveur.</translation>
    </message>
    <message>
        <source>LetThatSyncIn keeps folders in sync on a schedule.

Commands:
  list                Print the configured drives as a table.
  status              Ask the running LetThatSyncIn how its drives are.
  send JSON           Send one request of the protocol, print the response.
  sync SOURCE TARGET  Sync SOURCE to TARGET once, now (see sync --help).
  sync --drive NAME   Sync a configured drive once, now.
  trust LOCATION      Trust the host key or certificate of a server (see trust --help).
  password LOCATION   Store the password of a server (see password --help).</source>
        <translation>LetThatSyncIn garde des dossiers synchronisés selon une planification.

Commandes&#xa0;:
  list                Afficher les tâches configurées sous forme de tableau.
  status              Demander à LetThatSyncIn en cours d’exécution l’état de ses tâches.
  send JSON           Envoyer une requête du protocole et afficher la réponse.
  sync SOURCE TARGET  Synchroniser SOURCE vers TARGET une fois, maintenant (voir sync --help).
  sync --drive NAME   Synchroniser une tâche configurée une fois, maintenant.
  trust LOCATION      Faire confiance à la clé d’hôte ou au certificat d’un serveur (voir trust --help).
  password LOCATION   Enregistrer le mot de passe d’un serveur (voir password --help).</translation>
    </message>
    <message>
        <source>Trust a server&apos;s host key or certificate.</source>
        <translation>Faire confiance à la clé d’hôte ou au certificat d’un serveur.</translation>
    </message>
    <message>
        <source>This executable runs commands only: the tray is started by letthatsyncin without a command.</source>
        <translation>Cet exécutable n’exécute que des commandes&#xa0;: l’application de la zone de notification se lance avec letthatsyncin sans commande.</translation>
    </message>
</context>
<context>
    <name>lts::ConfigStore</name>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>Impossible de lire le fichier de configuration %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON (%2 at character %3); no drive could be read from it.</source>
        <translation>Le fichier de configuration %1 n&apos;est pas un JSON valide (%2 au caractère %3)&#xa0;; aucune tâche n&apos;a pu y être lue.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold a JSON object; no drive could be read from it.</source>
        <translation>Le fichier de configuration %1 doit contenir un objet JSON&#xa0;; aucune tâche n&apos;a pu y être lue.</translation>
    </message>
    <message>
        <source>The configuration file %1 was written by a newer version of LetThatSyncIn (format %2; this version reads format %3). It was left untouched: update LetThatSyncIn to use it.</source>
        <translation>Le fichier de configuration %1 a été écrit par une version plus récente de LetThatSyncIn (format %2&#xa0;; cette version lit le format %3). Il n&apos;a pas été modifié&#xa0;: mettez à jour LetThatSyncIn pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The configuration file&apos;s Version must be %1; reading it as version %1.</source>
        <translation>Le champ Version du fichier de configuration doit valoir %1&#xa0;; il est lu comme la version %1.</translation>
    </message>
    <message>
        <source>Settings must be a JSON object; using the defaults.</source>
        <translation>Settings doit être un objet JSON&#xa0;; les valeurs par défaut sont utilisées.</translation>
    </message>
    <message>
        <source>Drives must be a list of drives; no drive could be read.</source>
        <translation>Drives doit être une liste de tâches&#xa0;; aucune tâche n&apos;a pu être lue.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>numéro %1</translation>
    </message>
    <message>
        <source>Drive %1 was left out: %2</source>
        <translation>La tâche %1 a été ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Drive %1: %2</source>
        <translation>Tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save the configuration to %1: %2. The previous file is unchanged.</source>
        <translation>Impossible d&apos;enregistrer la configuration dans %1&#xa0;: %2. Le fichier précédent n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unusable configuration file as %1, so it was not overwritten.</source>
        <translation>Impossible de conserver une copie du fichier de configuration inutilisable sous le nom %1&#xa0;; il n&apos;a donc pas été écrasé.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialFiles</name>
    <message>
        <source>The password for %1 cannot be kept in %2: its name is too long for a file.</source>
        <translation>Le mot de passe de %1 ne peut pas être conservé dans %2&#xa0;: son nom est trop long pour un fichier.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be read from %2: %3.</source>
        <translation>Le mot de passe de %1 ne peut pas être lu dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The password for %1 is not used: other users may read or change its file %2. Make the file yours alone (chmod 600 %2) and check who else has seen it.</source>
        <translation>Le mot de passe de %1 n’est pas utilisé&#xa0;: d’autres utilisateurs peuvent lire ou modifier son fichier %2. Rendez ce fichier accessible à vous seul (chmod 600 %2) et vérifiez qui d’autre l’a vu.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored: %2</source>
        <translation>Le mot de passe de %1 ne peut pas être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored in %2: %3.</source>
        <translation>Le mot de passe de %1 ne peut pas être enregistré dans %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be removed from %2: %3.</source>
        <translation>Le mot de passe de %1 ne peut pas être supprimé de %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) about the password for %1.</source>
        <translation>
            <numerusform>Le trousseau n’a pas répondu en %n seconde au sujet du mot de passe de %1.</numerusform>
            <numerusform>Le trousseau n’a pas répondu en %n secondes au sujet du mot de passe de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give the password for %1: %2</source>
        <translation>Le trousseau a refusé de donner le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store the password for %1: %2</source>
        <translation>Le trousseau a refusé d’enregistrer le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password for %1 is given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=), which hides any other: change it there.</source>
        <translation>Le mot de passe de %1 est fourni par l’identifiant du service %2 (LoadCredential= de systemd), qui masque tout autre&#xa0;: modifiez-le là.</translation>
    </message>
    <message>
        <source>The password may still be stored there.</source>
        <translation>Le mot de passe y est peut-être encore enregistré.</translation>
    </message>
    <message>
        <source>The keychain refused to remove the password for %1: %2</source>
        <translation>Le trousseau a refusé de supprimer le mot de passe de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The password for %1 is still given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=): remove it there.</source>
        <translation>Le mot de passe de %1 est toujours fourni par l’identifiant du service %2 (LoadCredential= de systemd)&#xa0;: supprimez-le là.</translation>
    </message>
</context>
<context>
    <name>lts::DriveChains</name>
    <message>
        <source>The drive &quot;%1&quot; cannot run after itself.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» ne peut pas s&apos;exécuter après elle-même.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; for &quot;%2&quot; to run after.</source>
        <translation>Il n&apos;y a pas de tâche «&#xa0;%1&#xa0;» après laquelle «&#xa0;%2&#xa0;» pourrait s&apos;exécuter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run after &quot;%2&quot;: the chain would go round in a circle (%3).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas s&apos;exécuter après «&#xa0;%2&#xa0;»&#xa0;: la chaîne tournerait en rond (%3).</translation>
    </message>
    <message>
        <source>%1 It runs on its own schedule only.</source>
        <translation>%1 Il ne s&apos;exécute plus que selon son propre calendrier.</translation>
    </message>
</context>
<context>
    <name>lts::DriveCodec</name>
    <message>
        <source>A drive must be a JSON object.</source>
        <translation>Une tâche doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation>Le nom doit être du texte.</translation>
    </message>
    <message>
        <source>The source must be a folder path, as text.</source>
        <translation>La source doit être un chemin de dossier, sous forme de texte.</translation>
    </message>
    <message>
        <source>The target must be a folder path, as text.</source>
        <translation>La destination doit être un chemin de dossier, sous forme de texte.</translation>
    </message>
    <message>
        <source>Sleep must be a positive number; the drive runs every 1 day.</source>
        <translation>Le champ Sleep doit être un nombre positif&#xa0;; la tâche s&apos;exécute une fois par jour.</translation>
    </message>
    <message>
        <source>Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day.</source>
        <translation>Le champ Units doit valoir Seconds, Minutes, Hours ou Days&#xa0;; la tâche s&apos;exécute une fois par jour.</translation>
    </message>
    <message>
        <source>Mode must be Mirror, Update or Move; using Mirror.</source>
        <translation>Le champ Mode doit valoir Mirror, Update ou Move&#xa0;; Mirror est utilisé.</translation>
    </message>
    <message>
        <source>Enabled must be true or false; using true.</source>
        <translation>Le champ Enabled doit valoir true ou false&#xa0;; true est utilisé.</translation>
    </message>
    <message>
        <source>Exclude must be a list of patterns, as text; nothing is excluded.</source>
        <translation>Le champ Exclude doit être une liste de motifs, sous forme de texte&#xa0;; rien n&apos;est exclu.</translation>
    </message>
    <message>
        <source>Hidden must be true or false; hidden files are synced.</source>
        <translation>Le champ Hidden doit valoir true ou false&#xa0;; les fichiers cachés sont synchronisés.</translation>
    </message>
    <message>
        <source>No drive was given.</source>
        <translation>Aucune tâche n&apos;a été indiquée.</translation>
    </message>
    <message>
        <source>Versions must be a number of days from 0 to 3650; old versions are kept for 30 days.</source>
        <translation>Le champ Versions doit être un nombre de jours compris entre 0 et 3650&#xa0;; les anciennes versions sont conservées 30 jours.</translation>
    </message>
    <message>
        <source>Upload must be an object such as {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}; the form gets the file in the field &quot;file&quot; and no other field.</source>
        <translation>Le champ Upload doit être un objet, par exemple {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}&#xa0;; le formulaire reçoit le fichier dans le champ «&#xa0;file&#xa0;» et aucun autre champ.</translation>
    </message>
    <message>
        <source>Upload&apos;s FileField must be the name of the form&apos;s file field, as text; using &quot;file&quot;.</source>
        <translation>Le champ FileField d’Upload doit être le nom du champ de fichier du formulaire, sous forme de texte&#xa0;; «&#xa0;file&#xa0;» est utilisé.</translation>
    </message>
    <message>
        <source>Upload&apos;s Fields must be an object of text values, such as {&quot;email&quot;: &quot;me@example.org&quot;}; no other field is sent.</source>
        <translation>Le champ Fields d’Upload doit être un objet de valeurs texte, par exemple {&quot;email&quot;: &quot;me@example.org&quot;}&#xa0;; aucun autre champ n’est envoyé.</translation>
    </message>
    <message>
        <source>After must be the name of another drive, as text, or null.</source>
        <translation>After doit être le nom d&apos;une autre tâche, en texte, ou null.</translation>
    </message>
    <message>
        <source>Watch must be true or false; the drive runs at its interval only.</source>
        <translation>Le champ Watch doit valoir true ou false&#xa0;; la tâche s’exécute seulement à son intervalle.</translation>
    </message>
</context>
<context>
    <name>lts::DriveEditorDialog</name>
    <message>
        <source>Add drive</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Edit drive %1</source>
        <translation>Modifier la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The folder to copy from</source>
        <translation>Le dossier à copier</translation>
    </message>
    <message>
        <source>Choose the folder to copy from</source>
        <translation>Choisir le dossier à copier</translation>
    </message>
    <message>
        <source>The folder to copy to; created by the first run</source>
        <translation>Le dossier où copier&#xa0;; créé lors de la première exécution</translation>
    </message>
    <message>
        <source>Choose the folder to copy to</source>
        <translation>Choisir le dossier où copier</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Files and folders matching these patterns are not synced, and never deleted from the target: *.tmp, cache/, **/Thumbs.db</source>
        <translation>Les fichiers et dossiers correspondant à ces motifs ne sont pas synchronisés, et ne sont jamais supprimés de la destination&#xa0;: *.tmp, cache/, **/Thumbs.db</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Fichiers temporaires</translation>
    </message>
    <message>
        <source>System files</source>
        <translation>Fichiers système</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>Inclure les fichiers et dossiers cachés</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep versions (days):</source>
        <translation>&amp;Conserver les versions (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Compare the folders and list what a run would copy, update and delete, without changing anything.</source>
        <translation>Comparer les dossiers et afficher ce qu&apos;une exécution copierait, mettrait à jour et supprimerait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Choose an interval from 1 second to 366 days.</source>
        <translation>Choisissez un intervalle compris entre 1 seconde et 366 jours.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; no longer exists: it was removed while this window was open.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;: elle a été retirée pendant que cette fenêtre était ouverte.</translation>
    </message>
    <message>
        <source>Makes the target an exact copy: files removed from the source are removed from the target too.</source>
        <translation>Fait de la destination une copie exacte&#xa0;: les fichiers supprimés de la source sont aussi supprimés de la destination.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, and never deletes anything there.</source>
        <translation>Copie les fichiers nouveaux et modifiés vers la destination, sans jamais rien y supprimer.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, then removes them from the source. The source folder itself is kept.</source>
        <translation>Copie les fichiers nouveaux et modifiés vers la destination, puis les supprime de la source. Le dossier source lui-même est conservé.</translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are not kept.</source>
        <translation>Les fichiers qu&apos;une exécution écrase ou supprime dans la destination ne sont pas conservés.</translation>
    </message>
    <message numerus="yes">
        <source>Files that a run overwrites or deletes in the target are kept for %n day(s), in its .letthatsyncin/versions folder.</source>
        <translation>
            <numerusform>Les fichiers qu&apos;une exécution écrase ou supprime dans la destination sont conservés %n jour, dans le dossier .letthatsyncin/versions de celle-ci.</numerusform>
            <numerusform>Les fichiers qu&apos;une exécution écrase ou supprime dans la destination sont conservés %n jours, dans le dossier .letthatsyncin/versions de celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are kept for %1 days, in its .letthatsyncin/versions folder.</source>
        <translation>Les fichiers qu&apos;une exécution écrase ou supprime dans la destination sont conservés %1 jours, dans le dossier .letthatsyncin/versions de celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Mirror would delete %n file(s) here that are not in the source. Preview… lists them.</source>
        <translation>
            <numerusform>Le mode Miroir supprimerait ici %n fichier absent de la source. «&#xa0;Aperçu…&#xa0;» le montre.</numerusform>
            <numerusform>Le mode Miroir supprimerait ici %n fichiers absents de la source. «&#xa0;Aperçu…&#xa0;» les liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>heure</numerusform>
            <numerusform>heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Source on a server</source>
        <translation>Source sur un serveur</translation>
    </message>
    <message>
        <source>Target on a server</source>
        <translation>Destination sur un serveur</translation>
    </message>
    <message>
        <source>Runs this drive right after the chosen drive&apos;s run went through (Success or Partial), besides its own schedule: a chain such as logger → cloud → card. Not after a failed run: the files wait.</source>
        <translation>Exécute cette tâche juste après qu&apos;une exécution de la tâche choisie a abouti (Succès ou Partiel), en plus de son propre calendrier&#xa0;: une chaîne comme enregistreur → cloud → carte. Pas après une exécution qui a échoué&#xa0;: les fichiers attendent.</translation>
    </message>
    <message>
        <source>Also run &amp;after:</source>
        <translation>Lancer aussi &amp;après&#xa0;:</translation>
    </message>
    <message>
        <source>No other drive</source>
        <translation>Aucune autre tâche</translation>
    </message>
    <message>
        <source>S&amp;ync as soon as files change</source>
        <translation>S&amp;ynchroniser dès que des fichiers changent</translation>
    </message>
    <message>
        <source>The drive also runs a moment after something changes in the source, and looks only at what changed. Sources on a network share or a server sync at the interval.</source>
        <translation>La tâche s’exécute aussi peu après un changement dans la source, et n’examine que ce qui a changé. Les sources sur un partage réseau ou un serveur sont synchronisées à l’intervalle.</translation>
    </message>
</context>
<context>
    <name>lts::DriveRegistry</name>
    <message>
        <source>There is no drive &quot;%1&quot;.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The configuration file could not be read whole; it was kept as %1.</source>
        <translation>Le fichier de configuration n&apos;a pas pu être lu entièrement&#xa0;; il a été conservé sous %1.</translation>
    </message>
    <message>
        <source>Added the drive &quot;%1&quot;.</source>
        <translation>Tâche «&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Removed the drive &quot;%1&quot;; no file was touched.</source>
        <translation>Tâche «&#xa0;%1&#xa0;» retirée&#xa0;; aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was removed; the drives stay as they are and are written back at the next change.</source>
        <translation>%1 a été supprimé&#xa0;; les tâches restent inchangées et seront réécrites lors de la prochaine modification.</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored: %2</source>
        <translation>Les modifications de %1 ont été ignorées&#xa0;: %2</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored until the file is fixed; the drives stay as they were.</source>
        <translation>Les modifications de %1 sont ignorées jusqu&apos;à ce que le fichier soit corrigé&#xa0;; les tâches restent inchangées.</translation>
    </message>
    <message>
        <source>Read the changes to %1.</source>
        <translation>Modifications de %1 prises en compte.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; ran after &quot;%2&quot;, which was removed: it runs on its own schedule now.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécutait après «&#xa0;%2&#xa0;», qui a été supprimée&#xa0;: elle s&apos;exécute maintenant selon son propre calendrier.</translation>
    </message>
</context>
<context>
    <name>lts::DriveStats</name>
    <message>
        <source>Cannot write the speed test file in %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de test de vitesse dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The speed test could not write to %1: %2</source>
        <translation>Le test de vitesse n&apos;a pas pu écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The target folder %1 does not exist yet; the drive&apos;s first run creates it.</source>
        <translation>Le dossier de destination %1 n&apos;existe pas encore&#xa0;; la première exécution de la tâche le créera.</translation>
    </message>
    <message>
        <source>The speed test was cancelled.</source>
        <translation>Le test de vitesse a été annulé.</translation>
    </message>
</context>
<context>
    <name>lts::DriveTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>No successful sync for three intervals.</source>
        <translation>Aucune synchronisation réussie depuis trois intervalles.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Synchronisation (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Refused — review</source>
        <translation>Refusée — à vérifier</translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Disque indisponible</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Échec pour certains fichiers</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Dernière exécution le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, and after %2</source>
        <translation>%1, et après %2</translation>
    </message>
    <message>
        <source>Runs every %1, and right after each run of &quot;%2&quot; that went through.</source>
        <translation>S&apos;exécute tous les %1, et juste après chaque exécution de «&#xa0;%2&#xa0;» qui a abouti.</translation>
    </message>
    <message>
        <source>%1, and on changes</source>
        <translation>%1, et à chaque changement</translation>
    </message>
</context>
<context>
    <name>lts::DriveValidator</name>
    <message>
        <source>The drive needs a name.</source>
        <translation>La tâche doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Le nom est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The name must not contain control characters (such as a line break).</source>
        <translation>Le nom ne doit pas contenir de caractères de contrôle (comme un saut de ligne).</translation>
    </message>
    <message>
        <source>Another drive is already called &quot;%1&quot;.</source>
        <translation>Une autre tâche s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the folder to copy from.</source>
        <translation>Choisissez le dossier à copier.</translation>
    </message>
    <message>
        <source>The source must be a full path, such as /home/you/Pictures; &quot;%1&quot; is not.</source>
        <translation>La source doit être un chemin complet, comme /home/vous/Images&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>Le dossier source %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The source %1 is not a folder.</source>
        <translation>La source %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: permission denied.</source>
        <translation>Le dossier source %1 ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Choose the folder to copy to.</source>
        <translation>Choisissez le dossier dans lequel copier.</translation>
    </message>
    <message>
        <source>The target must be a full path, such as /media/backup/Pictures; &quot;%1&quot; is not.</source>
        <translation>La destination doit être un chemin complet, comme /media/sauvegarde/Images&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The target is the source folder itself.</source>
        <translation>La destination est le dossier source lui-même.</translation>
    </message>
    <message>
        <source>The target is inside the source folder, so it would copy itself into itself.</source>
        <translation>La destination se trouve à l&apos;intérieur du dossier source&#xa0;: elle serait copiée dans elle-même.</translation>
    </message>
    <message>
        <source>The target contains the source folder; mirroring would overwrite the source.</source>
        <translation>La destination contient le dossier source&#xa0;; le mode Miroir écraserait la source.</translation>
    </message>
    <message>
        <source>The target overlaps the target of drive &quot;%1&quot; (%2): two drives writing into one folder tree would delete each other&apos;s files.</source>
        <translation>La destination chevauche celle de la tâche «&#xa0;%1&#xa0;» (%2)&#xa0;: deux tâches qui écrivent dans la même arborescence supprimeraient mutuellement leurs fichiers.</translation>
    </message>
    <message>
        <source>The target %1 exists and is not a folder.</source>
        <translation>La destination %1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be written to: permission denied.</source>
        <translation>Impossible d&apos;écrire dans le dossier de destination %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created because %2 does not exist.</source>
        <translation>La destination %1 ne peut pas être créée, car %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created: %2 is not writable.</source>
        <translation>La destination %1 ne peut pas être créée&#xa0;: %2 n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Every %1 is outside 1 second to 366 days; the drive runs every 1 day.</source>
        <translation>L&apos;intervalle «&#xa0;%1&#xa0;» n&apos;est pas compris entre 1 seconde et 366 jours&#xa0;; la tâche s&apos;exécute une fois par jour.</translation>
    </message>
    <message>
        <source>There are %1 drives already, as many as LetThatSyncIn keeps.</source>
        <translation>Il y a déjà %1 tâches, autant que LetThatSyncIn en conserve.</translation>
    </message>
    <message>
        <source>The name must not contain invisible characters (such as a zero-width space).</source>
        <translation>Le nom ne doit pas contenir de caractères invisibles (comme une espace sans chasse).</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which this version of LetThatSyncIn cannot reach yet; choose a folder of this computer (a network share mounted here is one).</source>
        <translation>%1 est un emplacement de type «&#xa0;%2&#xa0;», que cette version de LetThatSyncIn ne peut pas encore atteindre&#xa0;; choisissez un dossier de cet ordinateur (un partage réseau monté ici en est un).</translation>
    </message>
    <message>
        <source>%1 is an upload form, which can only be a target: files are sent to it, never read from it.</source>
        <translation>%1 est un formulaire d’envoi, qui ne peut être qu’une destination&#xa0;: les fichiers y sont envoyés, jamais lus.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 est un formulaire d’envoi, qui ne peut pas supprimer de fichiers&#xa0;: choisissez le mode Mise à jour ou Déplacement, pas Miroir.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: its password crosses the network as it is, and anyone on the way can read it and your files. Use it only inside a network you trust, or choose the encrypted kind (davs://, ftpes://) if the server offers it.</source>
        <translation>%1 n’est pas chiffré&#xa0;: son mot de passe traverse le réseau en clair, et n’importe qui sur le trajet peut le lire, ainsi que vos fichiers. Ne l’utilisez qu’à l’intérieur d’un réseau auquel vous faites confiance, ou choisissez le type chiffré (davs://, ftpes://) si le serveur le propose.</translation>
    </message>
    <message>
        <source>A field of the upload form has no name.</source>
        <translation>Un champ du formulaire d&apos;envoi n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field name &quot;%1&quot; holds a line break or another control character.</source>
        <translation>Le nom de champ «&#xa0;%1&#xa0;» du formulaire d&apos;envoi contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field &quot;%1&quot; is the one that takes the file: give the other field another name.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» du formulaire d&apos;envoi est celui qui reçoit le fichier&#xa0;: donnez un autre nom à l&apos;autre champ.</translation>
    </message>
    <message>
        <source>The upload form&apos;s file field needs a name without line breaks; using &quot;file&quot;.</source>
        <translation>Le champ du fichier du formulaire d&apos;envoi doit avoir un nom sans saut de ligne&#xa0;; «&#xa0;file&#xa0;» est utilisé.</translation>
    </message>
    <message>
        <source>%1 It is not sent.</source>
        <translation>%1 Il n&apos;est pas envoyé.</translation>
    </message>
</context>
<context>
    <name>lts::DriveWatches</name>
    <message>
        <source>%1 is on a server, which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 est sur un serveur, qui ne signale pas les changements&#xa0;: la tâche se synchronise à son intervalle.</translation>
    </message>
    <message>
        <source>This system cannot watch folders: the drive syncs at its interval.</source>
        <translation>Ce système ne peut pas surveiller de dossiers&#xa0;: la tâche se synchronise à son intervalle.</translation>
    </message>
    <message>
        <source>Changes in the source of &quot;%1&quot; came faster than they could be read: the drive looks at all of its source.</source>
        <translation>Les changements dans la source de «&#xa0;%1&#xa0;» sont arrivés plus vite qu’ils ne pouvaient être lus&#xa0;: la tâche examine toute sa source.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; does not watch its source: %2</source>
        <translation>La tâche «&#xa0;%1&#xa0;» ne surveille pas sa source&#xa0;: %2</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; watches its source %2.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» surveille sa source %2.</translation>
    </message>
</context>
<context>
    <name>lts::DrivesWindow</name>
    <message>
        <source>Drives</source>
        <translation>Tâches de synchronisation</translation>
    </message>
    <message>
        <source>Sync this drive on its schedule again</source>
        <translation>Synchroniser de nouveau cette tâche selon sa planification</translation>
    </message>
    <message>
        <source>Stop syncing this drive on its schedule</source>
        <translation>Ne plus synchroniser cette tâche selon sa planification</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not synced, to keep your files safe.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée, afin de protéger vos fichiers.</translation>
    </message>
    <message>
        <source>Not synced, waiting for your review: %1</source>
        <translation>Synchronisation en attente de votre vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove drive</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>Remove the drive &quot;%1&quot;?</source>
        <translation>Retirer la tâche «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>LetThatSyncIn stops syncing it. No file is deleted, neither in the source nor in the target.</source>
        <translation>LetThatSyncIn cessera de la synchroniser. Aucun fichier n&apos;est supprimé, ni dans la source ni dans la destination.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be removed.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <source>The sync of &quot;%1&quot; could not be cancelled.</source>
        <translation>La synchronisation de «&#xa0;%1&#xa0;» n&apos;a pas pu être annulée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be synced.</source>
        <translation>Impossible de synchroniser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be resumed.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être reprise.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be paused.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être suspendue.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync (%1)</source>
        <translation>Ajouter un dossier à synchroniser (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected drive (Enter)</source>
        <translation>Modifier la tâche sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Sus&amp;pendre</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>The files the syncs overwrote or deleted, to put back</source>
        <translation>Les fichiers que les synchronisations ont écrasés ou supprimés, pour les restaurer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The runs of the selected drive (%1)</source>
        <translation>Les exécutions de la tâche sélectionnée (%1)</translation>
    </message>
    <message>
        <source>No drives yet. A drive keeps a folder in sync with another one: your photos with a backup disk, say.</source>
        <translation>Aucune tâche pour l&apos;instant. Une tâche synchronise un dossier avec un autre&#xa0;: par exemple vos photos avec un disque de sauvegarde.</translation>
    </message>
    <message>
        <source>Add your first drive…</source>
        <translation>Ajouter votre première tâche…</translation>
    </message>
    <message>
        <source>Sync this drive now (%1)</source>
        <translation>Synchroniser cette tâche maintenant (%1)</translation>
    </message>
    <message>
        <source>The message about &quot;%1&quot; could not be dismissed.</source>
        <translation>Le message concernant la tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être masqué.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>Vér&amp;ifier…</translation>
    </message>
    <message>
        <source>See every file a sync would copy and delete, without changing anything; run it from there if it is what you want</source>
        <translation>Voir chaque fichier qu&apos;une synchronisation copierait et supprimerait, sans rien modifier&#xa0;; la lancer ensuite depuis cette fenêtre si c&apos;est bien ce que vous voulez</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks; nothing is overwritten or deleted</source>
        <translation>Recopier dans la source les fichiers présents dans la destination et absents de la source&#xa0;; rien n&apos;est écrasé ni supprimé</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>Hide this message; the drive stays unsynced until you review it or its folders change</source>
        <translation>Masquer ce message&#xa0;; la tâche reste non synchronisée jusqu&apos;à ce que vous la vérifiiez ou que ses dossiers changent</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>Review shows every file a sync would delete, and runs it if you confirm. Restore the source copies them back into the source instead.</source>
        <translation>«&#xa0;Vérifier&#xa0;» montre chaque fichier qu&apos;une synchronisation supprimerait, et la lance si vous confirmez. «&#xa0;Restaurer la source&#xa0;» recopie plutôt ces fichiers dans la source.</translation>
    </message>
    <message>
        <source>Review shows what a sync would change, and runs it if you confirm.</source>
        <translation>«&#xa0;Vérifier&#xa0;» montre ce qu&apos;une synchronisation modifierait, et la lance si vous confirmez.</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Restaurer la source</translation>
    </message>
    <message>
        <source>Copy back into the source of &quot;%1&quot; the files that its target has and the source lacks?</source>
        <translation>Recopier dans la source de la tâche «&#xa0;%1&#xa0;» les fichiers présents dans sa destination et absents de sa source&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing in the source is overwritten and nothing is deleted. Review first to see every file.</source>
        <translation>Rien n&apos;est écrasé dans la source et rien n&apos;est supprimé. Pour voir chaque fichier, choisissez d&apos;abord «&#xa0;Vérifier…&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be restored.</source>
        <translation>La source de la tâche «&#xa0;%1&#xa0;» n&apos;a pas pu être restaurée.</translation>
    </message>
    <message>
        <source>It is syncing now; try again once this sync has ended.</source>
        <translation>La tâche est en cours de synchronisation&#xa0;; réessayez une fois cette synchronisation terminée.</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>Res&amp;taurer la source…</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Trust the server…</source>
        <translation>Faire &amp;confiance au serveur…</translation>
    </message>
    <message>
        <source>See the server&apos;s key and how to check it, and trust it</source>
        <translation>Voir la clé du serveur et comment la vérifier, et lui faire confiance</translation>
    </message>
    <message>
        <source>Enter the pass&amp;word…</source>
        <translation>Saisir le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s key is not trusted yet.</source>
        <translation>«&#xa0;%1&#xa0;» attend&#xa0;: la clé du serveur n’est pas encore approuvée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server refused the login.</source>
        <translation>«&#xa0;%1&#xa0;» attend&#xa0;: le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s certificate is not trusted yet.</source>
        <translation>«&#xa0;%1&#xa0;» attend&#xa0;: le certificat du serveur n’est pas encore approuvé.</translation>
    </message>
</context>
<context>
    <name>lts::Executor</name>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>non supprimé&#xa0;: une partie de la source n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>Impossible de créer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>it changed while it was copied, twice; it is copied on the next run</source>
        <translation>modifié à deux reprises pendant sa copie&#xa0;; il sera copié lors de la prochaine exécution</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; left as it is</source>
        <translation>modifié dans la destination depuis son analyse&#xa0;; laissé tel quel</translation>
    </message>
    <message>
        <source>it changed in the source after it was copied; kept in the source</source>
        <translation>modifié dans la source après sa copie&#xa0;; conservé dans la source</translation>
    </message>
    <message>
        <source>Copied, but cannot remove it from the source: %1</source>
        <translation>Copié, mais impossible de le supprimer de la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>modifié pendant l&apos;exécution&#xa0;; conservé dans la source</translation>
    </message>
    <message>
        <source>Cannot remove it from the source: %1</source>
        <translation>Impossible de le supprimer de la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot set its permissions: %1</source>
        <translation>Impossible de définir ses permissions&#xa0;: %1</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; not deleted</source>
        <translation>modifié dans la destination depuis son analyse&#xa0;; non supprimé</translation>
    </message>
    <message>
        <source>Cannot delete it: %1</source>
        <translation>Impossible de le supprimer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in it changed during the run and were kept</source>
        <translation>
            <numerusform>%n fichier de ce dossier a été modifié pendant l&apos;exécution et a été conservé</numerusform>
            <numerusform>%n fichiers de ce dossier ont été modifiés pendant l&apos;exécution et ont été conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set the folder&apos;s permissions and time: %1</source>
        <translation>Impossible de définir les permissions et la date du dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target folder cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir le dossier de destination.</translation>
    </message>
    <message>
        <source>Cannot note why the versions were kept: %1</source>
        <translation>Impossible d&apos;enregistrer le motif de conservation des versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>not enough space on the target&apos;s disk: it needs %1, and %2 are free</source>
        <translation>pas assez de place sur le disque de la destination&#xa0;: il faut %1, et %2 sont libres</translation>
    </message>
    <message numerus="yes">
        <source>No space left on device: the disk of %1 is full, and %n file(s) did not fit, %2 the first.</source>
        <translation>
            <numerusform>Plus d&apos;espace disponible sur le périphérique&#xa0;: le disque de %1 est plein, et %n fichier n&apos;a pas pu y tenir&#xa0;: %2.</numerusform>
            <numerusform>Plus d&apos;espace disponible sur le périphérique&#xa0;: le disque de %1 est plein, et %n fichiers n&apos;ont pas pu y tenir, à commencer par %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files a run overwrites or deletes stay on that disk as versions, and free no space before they expire.</source>
        <translation>Les fichiers qu&apos;une exécution écrase ou supprime restent sur ce disque en tant que versions et ne libèrent aucune place avant d&apos;expirer.</translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full; %2 could not be written.</source>
        <translation>Plus d&apos;espace disponible sur le périphérique&#xa0;: le disque de %1 est plein&#xa0;; %2 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>lts::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
</context>
<context>
    <name>lts::FsEventsWatcher</name>
    <message>
        <source>FSEvents refused it</source>
        <translation>FSEvents l’a refusé</translation>
    </message>
</context>
<context>
    <name>lts::FtpFolder</name>
    <message>
        <source>FTP servers do not tell their free space</source>
        <translation>Les serveurs FTP n’indiquent pas leur espace libre</translation>
    </message>
    <message>
        <source>FTP cannot name a file with a line break</source>
        <translation>FTP ne permet pas de nommer un fichier avec un saut de ligne</translation>
    </message>
</context>
<context>
    <name>lts::HeadlessService</name>
    <message numerus="yes">
        <source>Started in the background with %n drive(s) from %1; the log is in %2.</source>
        <translation>
            <numerusform>Démarrage en arrière-plan avec %n tâche provenant de %1&#xa0;; le journal se trouve dans %2.</numerusform>
            <numerusform>Démarrage en arrière-plan avec %n tâches provenant de %1&#xa0;; le journal se trouve dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: running syncs are cancelled.</source>
        <translation>Arrêt&#xa0;: les synchronisations en cours sont annulées.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>lts::HistoryWindow</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>The log lists every run and, at the Verbose log level, every file.</source>
        <translation>Le journal liste chaque exécution et, au niveau de journalisation «&#xa0;Détaillé&#xa0;», chaque fichier.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose a run to see its files.</source>
        <translation>Choisissez une exécution pour voir ses fichiers.</translation>
    </message>
    <message>
        <source>%1, started %2: %3.</source>
        <translation>%1, démarrée le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 failed; %7 copied in %8.</source>
        <translation>Ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, supprimés&#xa0;: %3, inchangés&#xa0;: %4, ignorés&#xa0;: %5, en échec&#xa0;: %6&#xa0;; %7 copiés en %8.</translation>
    </message>
    <message>
        <source>The list of files of this run is no longer kept.</source>
        <translation>La liste des fichiers de cette exécution n&apos;est plus conservée.</translation>
    </message>
    <message>
        <source>Only failed and skipped files are listed; choose the Verbose log level in Settings to list every file.</source>
        <translation>Seuls les fichiers en échec et ignorés sont listés&#xa0;; choisissez le niveau de journalisation «&#xa0;Détaillé&#xa0;» dans les Paramètres pour lister tous les fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) not listed here.</source>
        <translation>
            <numerusform>%n autre fichier n&apos;est pas listé ici.</numerusform>
            <numerusform>%n autres fichiers ne sont pas listés ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>Aucun fichier n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Only runs that changed files</source>
        <translation>&amp;Uniquement les exécutions qui ont modifié des fichiers</translation>
    </message>
    <message>
        <source>Hide the runs that found nothing to copy, update or delete</source>
        <translation>Masquer les exécutions qui n&apos;ont rien trouvé à copier, mettre à jour ou supprimer</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Ouvrir le dossier des journaux</translation>
    </message>
</context>
<context>
    <name>lts::HostTrust</name>
    <message>
        <source>To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the same fingerprint), or ask the server&apos;s administrator.</source>
        <translation>Pour la vérifier, lancez sur le serveur&#xa0;: ssh-keygen -lf /etc/ssh/%1 (l’empreinte affichée doit être la même), ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 is not known. Its %2 fingerprint is %3.</source>
        <translation>La clé d’hôte du serveur de %1 n’est pas connue. Son empreinte %2 est %3.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 has changed: it was %2 and is now %3 %4. The server may have been reinstalled, or someone may be in between: trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>La clé d’hôte du serveur de %1 a changé&#xa0;: c’était %2, c’est maintenant %3 %4. Le serveur a peut-être été réinstallé, ou quelqu’un s’est peut-être placé entre vous&#xa0;: ne faites confiance à la nouvelle clé que si l’administrateur du serveur la confirme.</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>le certificat</translation>
    </message>
    <message>
        <source>the host key</source>
        <translation>la clé d’hôte</translation>
    </message>
    <message>
        <source>To check it, run on the server, with the file of its certificate: %1 (it must print the same fingerprint, with a &quot;=&quot; at its end), or ask the server&apos;s administrator.</source>
        <translation>Pour le vérifier, lancez sur le serveur, avec le fichier de son certificat&#xa0;: %1 (l’empreinte affichée doit être la même, avec un «&#xa0;=&#xa0;» à la fin), ou demandez à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not one this computer&apos;s certificate authorities vouch for. Its fingerprint is %2.</source>
        <translation>Le certificat du serveur de %1 n’est garanti par aucune des autorités de certification de cet ordinateur. Son empreinte est %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 has changed: it was %2 and is now %3. The server may have a new certificate, or someone may be in between: trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>Le certificat du serveur de %1 a changé&#xa0;: c’était %2, c’est maintenant %3. Le serveur a peut-être un nouveau certificat, ou quelqu’un s’est peut-être placé entre vous&#xa0;: ne faites confiance au nouveau que si l’administrateur du serveur le confirme.</translation>
    </message>
    <message>
        <source>It is issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Il est délivré à %1 par %2, valide du %3 au %4.</translation>
    </message>
</context>
<context>
    <name>lts::InotifyWorker</name>
    <message>
        <source>the folder was removed or moved away</source>
        <translation>le dossier a été supprimé ou déplacé</translation>
    </message>
</context>
<context>
    <name>lts::InstanceLock</name>
    <message>
        <source>Cannot create the lock file in %1: is the folder writable?</source>
        <translation>Impossible de créer le fichier de verrouillage dans %1&#xa0;: le dossier est-il accessible en écriture&#xa0;?</translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running for the configuration in %1 (process %2). Stop it first, or give another --config-dir.</source>
        <translation>LetThatSyncIn est déjà en cours d&apos;exécution pour la configuration de %1 (processus %2). Arrêtez-le d&apos;abord, ou indiquez un autre --config-dir.</translation>
    </message>
</context>
<context>
    <name>lts::Interval</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>lts::ListCommand</name>
    <message>
        <source>Print the drives as JSON, in the form of the protocol&apos;s ListDrives.</source>
        <translation>Afficher les tâches en JSON, sous la forme de la réponse ListDrives du protocole.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>avertissement&#xa0;:</translation>
    </message>
    <message>
        <source>No drives are configured (in %1).</source>
        <translation>Aucune tâche n&apos;est configurée (dans %1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Prochaine synchronisation</translation>
    </message>
    <message>
        <source>Prints the drives: name, source, target, interval, mode, and whether the schedule runs them; when LetThatSyncIn runs, it is asked, and the table has each drive&apos;s status and next sync.</source>
        <translation>Affiche les tâches&#xa0;: nom, source, destination, intervalle, mode, et si la planification les exécute&#xa0;; si LetThatSyncIn est en cours d&apos;exécution, il est interrogé, et le tableau indique aussi l&apos;état et la prochaine synchronisation de chaque tâche.</translation>
    </message>
</context>
<context>
    <name>lts::LocationField</name>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Change the server, the login or the folder</source>
        <translation>Modifier le serveur, la connexion ou le dossier</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Dossier sur un serveur</translation>
    </message>
</context>
<context>
    <name>lts::LoginQuestionsDialog</name>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>To log in, the server %1 asks:</source>
        <translation>Pour la connexion, le serveur %1 demande&#xa0;:</translation>
    </message>
    <message>
        <source>To log in as %1, the server %2 asks:</source>
        <translation>Pour la connexion en tant que %1, le serveur %2 demande&#xa0;:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>Le serveur a refusé les réponses données auparavant.</translation>
    </message>
    <message>
        <source>Your answers go to the server only and are not kept. Cancel: the login fails, and the drive waits for you (Sync now tries again).</source>
        <translation>Vos réponses ne vont qu’au serveur et ne sont pas conservées. Annuler&#xa0;: la connexion échoue, et la tâche vous attend («&#xa0;Synchroniser maintenant&#xa0;» réessaie).</translation>
    </message>
</context>
<context>
    <name>lts::Notifier</name>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>%1 was not synced.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Synchronisation refusée</translation>
    </message>
    <message>
        <source>%1 was not synced. Open the Drives window to review.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée. Ouvrez la fenêtre des tâches pour vérifier.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 Open the Drives window to review.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée&#xa0;: %2 Ouvrez la fenêtre des tâches pour vérifier.</translation>
    </message>
    <message>
        <source>Sync incomplete</source>
        <translation>Synchronisation incomplète</translation>
    </message>
    <message>
        <source>%1 was only partly synced.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a été synchronisée qu&apos;en partie.</translation>
    </message>
    <message>
        <source>%1 was only partly synced: %2</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a été synchronisée qu&apos;en partie&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <source>%1 synced: nothing had changed.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été synchronisée&#xa0;: rien n&apos;avait changé.</translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été synchronisée (%2).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Disque non disponible</translation>
    </message>
    <message>
        <source>%1 was not synced: its source or target folder is missing. It syncs as soon as both are back.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée&#xa0;: son dossier source ou de destination est introuvable. Elle sera synchronisée dès que les deux seront de nouveau disponibles.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 It syncs as soon as its folders are back.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;a pas été synchronisée&#xa0;: %2 Elle sera synchronisée dès que ses dossiers seront de nouveau disponibles.</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>Clé du serveur modifiée</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 has changed, which may be an attack. Click to compare the keys.</source>
        <translation>%1 attend&#xa0;: la clé de %2 a changé, ce qui peut être une attaque. Cliquez pour comparer les clés.</translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation>Serveur non approuvé</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 is not trusted yet. Click to check it and trust it.</source>
        <translation>%1 attend&#xa0;: la clé de %2 n’est pas encore approuvée. Cliquez pour la vérifier et lui faire confiance.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>%1 waits: %2 refused the login. Click to enter the password.</source>
        <translation>%1 attend&#xa0;: %2 a refusé la connexion. Cliquez pour saisir le mot de passe.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Certificat du serveur modifié</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 has changed, which may be an attack. Click to compare the certificates.</source>
        <translation>%1 attend&#xa0;: le certificat de %2 a changé, ce qui peut être une attaque. Cliquez pour comparer les certificats.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 is not one this computer trusts. Click to check it and trust it.</source>
        <translation>%1 attend&#xa0;: le certificat de %2 n’est pas approuvé par cet ordinateur. Cliquez pour le vérifier et lui faire confiance.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordCommand</name>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Supprimer plutôt le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>password needs one location, such as sftp://pi@logger.local/data; the password itself is asked for, never given on the command line.</source>
        <translation>password attend un emplacement, tel que sftp://pi@logger.local/data&#xa0;; le mot de passe lui-même est demandé, jamais donné sur la ligne de commande.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only a remote location (sftp://...) has a password.</source>
        <translation>%1 est un dossier de cet ordinateur&#xa0;: seul un emplacement distant (sftp://...) a un mot de passe.</translation>
    </message>
    <message>
        <source>rclone keeps the passwords of its remotes in its own configuration: use rclone config for %1.</source>
        <translation>rclone garde les mots de passe de ses remotes dans sa propre configuration&#xa0;: utilisez rclone config pour %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>Aucun mot de passe n’a été donné&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The password store did not answer; nothing was changed.</source>
        <translation>Le stockage des mots de passe n’a pas répondu&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in %2.</source>
        <translation>Mot de passe de %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Warning: no keychain answered, so the password is kept in a file that only you can read (mode 0600). Anyone who can read it, root and your backups included, can read the password.</source>
        <translation>Attention&#xa0;: aucun trousseau n’a répondu, le mot de passe est donc gardé dans un fichier que vous seul pouvez lire (mode 0600). Quiconque peut le lire, root et vos sauvegardes compris, peut lire le mot de passe.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the system&apos;s keychain.</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password of %1 is forgotten.</source>
        <translation>Le mot de passe de %1 est oublié.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Annulé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Store the passphrase of the SSH key file PATH instead of the password of a location.</source>
        <translation>Enregistrer la phrase de passe du fichier de clé SSH PATH au lieu du mot de passe d’un emplacement.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Stores the password that LetThatSyncIn logs in to LOCATION with, in the system&apos;s keychain (or, where none answers, in a file only you can read). On a terminal it is asked without echo; otherwise it is read as one line of standard input. It is never shown, and never taken from the command line. With --key-file PATH, it stores the passphrase of that SSH key file instead: runs open the key with it, whichever server they log in to.

Exit codes: 0 stored (or forgotten), 2 it could not be stored, 4 bad command line.</source>
        <translation>Enregistre le mot de passe avec lequel LetThatSyncIn se connecte à LOCATION, dans le trousseau du système (ou, là où aucun ne répond, dans un fichier que vous seul pouvez lire). Dans un terminal, il est demandé sans écho&#xa0;; sinon il est lu comme une ligne de l’entrée standard. Il n’est jamais affiché, ni jamais pris de la ligne de commande. Avec --key-file PATH, c’est la phrase de passe de ce fichier de clé SSH qui est enregistrée&#xa0;: les synchronisations ouvrent la clé avec elle, quel que soit le serveur auquel elles se connectent.

Codes de sortie&#xa0;: 0 enregistré (ou oublié), 2 n’a pas pu être enregistré, 4 ligne de commande incorrecte.</translation>
    </message>
    <message>
        <source>password --key-file takes the key file and no location.</source>
        <translation>password --key-file prend le fichier de clé et aucun emplacement.</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Il n’y a pas de fichier de clé %1.</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Phrase de passe de la clé %1&#xa0;: </translation>
    </message>
    <message>
        <source>No passphrase was given; nothing was stored.</source>
        <translation>Aucune phrase de passe n’a été donnée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in %2.</source>
        <translation>La phrase de passe de la clé %1 a été enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in the system&apos;s keychain.</source>
        <translation>La phrase de passe de la clé %1 a été enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The passphrase of the key %1 is forgotten.</source>
        <translation>La phrase de passe de la clé %1 est oubliée.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The server %1 refused the login. Enter your password on it; the drives that wait for it sync then.</source>
        <translation>Le serveur %1 a refusé la connexion. Saisissez votre mot de passe sur ce serveur&#xa0;; les tâches qui l’attendent se synchronisent alors.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2. Enter the password of %2 on it; the drives that wait for it sync then.</source>
        <translation>Le serveur %1 a refusé la connexion de %2. Saisissez le mot de passe de %2 sur ce serveur&#xa0;; les tâches qui l’attendent se synchronisent alors.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>It is kept in the system&apos;s keychain, or where there is none in a file that only you can read; never in the configuration or a log.</source>
        <translation>Il est conservé dans le trousseau du système, ou s’il n’y en a pas, dans un fichier que vous seul pouvez lire&#xa0;; jamais dans la configuration ni dans un journal.</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Enregistrer le mot de passe</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Enregistrement du mot de passe…</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Le mot de passe n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is stored in a file in %1, which only you can read.</source>
        <translation>Aucun trousseau n’a répondu, le mot de passe est donc enregistré dans un fichier de %1, que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>lts::PlanTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Would delete (%1)</source>
        <translation>À supprimer (%1)</translation>
    </message>
    <message>
        <source>Would update (%1)</source>
        <translation>À mettre à jour (%1)</translation>
    </message>
    <message>
        <source>Would copy (%1)</source>
        <translation>À copier (%1)</translation>
    </message>
    <message>
        <source>Would skip (%1)</source>
        <translation>À ignorer (%1)</translation>
    </message>
    <message>
        <source>(the whole drive)</source>
        <translation>(toute la tâche)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>Taille (source)</translation>
    </message>
    <message>
        <source>Source modified</source>
        <translation>Modifié (source)</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Taille (destination)</translation>
    </message>
    <message>
        <source>Target modified</source>
        <translation>Modifié (destination)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n fichier)</numerusform>
            <numerusform>%1 (%n fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::PreviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the list, then run it anyway if it is what you want.</source>
        <translation>Vérifiez la liste, puis lancez quand même la synchronisation si c&apos;est bien ce que vous voulez.</translation>
    </message>
    <message>
        <source>Comparing the folders…</source>
        <translation>Comparaison des dossiers…</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Exécuter quand même</translation>
    </message>
    <message>
        <source>The comparison was stopped.</source>
        <translation>La comparaison a été interrompue.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the folders… %n change(s) found so far.</source>
        <translation>
            <numerusform>Comparaison des dossiers… %n modification trouvée jusqu&apos;ici.</numerusform>
            <numerusform>Comparaison des dossiers… %n modifications trouvées jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be compared.</source>
        <translation>Impossible de comparer les dossiers.</translation>
    </message>
    <message>
        <source>Nothing to do: the target is up to date.</source>
        <translation>Rien à faire&#xa0;: la destination est à jour.</translation>
    </message>
    <message>
        <source>%1 to skip.</source>
        <translation>%1 à ignorer.</translation>
    </message>
    <message>
        <source>Nothing has been changed: this is what a run would do now.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: voici ce que ferait une exécution maintenant.</translation>
    </message>
    <message>
        <source>This sync was stopped to keep your files safe: %1 Check the list, then run it anyway if it is what you want.</source>
        <translation>Cette synchronisation a été arrêtée afin de protéger vos fichiers&#xa0;: %1 Vérifiez la liste, puis lancez quand même la synchronisation si c&apos;est bien ce que vous voulez.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Filtrer par nom ou par dossier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks. Nothing is overwritten, nothing is deleted.</source>
        <translation>Recopier dans la source les fichiers présents dans la destination et absents de la source. Rien n&apos;est écrasé, rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Sync now and let the sync make these changes, after you confirm</source>
        <translation>Synchroniser maintenant et laisser la synchronisation effectuer ces modifications, après votre confirmation</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) from the target of &quot;%1&quot;?</source>
        <translation>
            <numerusform>Supprimer %n fichier de la destination de la tâche «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Supprimer %n fichiers de la destination de la tâche «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &quot;%1&quot; anyway?</source>
        <translation>Synchroniser quand même la tâche «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Files: %1 to delete, %2 to update, %3 to copy; %4 to transfer.</source>
        <translation>Fichiers&#xa0;: %1 à supprimer, %2 à mettre à jour, %3 à copier&#xa0;; %4 à transférer.</translation>
    </message>
    <message>
        <source>A sync would stop before any change, to keep your files safe: %1</source>
        <translation>Une synchronisation s&apos;arrêterait avant toute modification, afin de protéger vos fichiers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Versions are off for this drive: once deleted, they cannot be put back.</source>
        <translation>Les versions sont désactivées pour cette tâche&#xa0;: une fois supprimés, ces fichiers ne pourront pas être restaurés.</translation>
    </message>
    <message>
        <source>The sync goes ahead although a safety rule stopped it: %1</source>
        <translation>La synchronisation aura lieu, bien qu&apos;une règle de sécurité l&apos;ait arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Restaurer la source</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n file(s) back into the source of &quot;%1&quot;?</source>
        <translation>
            <numerusform>Recopier %n fichier dans la source de la tâche «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Recopier %n fichiers dans la source de la tâche «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted. Then the drive syncs, and deletes nothing.</source>
        <translation>Ce sont les fichiers présents dans la destination et absents de la source. Rien n&apos;est écrasé dans la source et rien n&apos;est supprimé. La tâche se synchronise ensuite, sans rien supprimer.</translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted.</source>
        <translation>Ce sont les fichiers présents dans la destination et absents de la source. Rien n&apos;est écrasé dans la source et rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing now; nothing was restored. Try again once this sync has ended.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est en cours de synchronisation&#xa0;; rien n&apos;a été restauré. Réessayez une fois cette synchronisation terminée.</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>Restaurer la &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Run anyway…</source>
        <translation>&amp;Exécuter quand même…</translation>
    </message>
    <message>
        <source>They are kept for %1 in the target&apos;s .letthatsyncin/versions folder, and Versions… can put them back.</source>
        <translation>Ces fichiers sont conservés pendant %1 dans le dossier .letthatsyncin/versions de la destination, et «&#xa0;Versions…&#xa0;» permet de les restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>&amp;Supprimer %n fichier</numerusform>
            <numerusform>&amp;Supprimer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync anyway</source>
        <translation>&amp;Synchroniser quand même</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>The drive was changed or removed since this list was made: it no longer says what a sync would do. Close it, and review the drive again.</source>
        <translation>La tâche a été modifiée ou retirée depuis que cette liste a été établie&#xa0;: elle ne dit plus ce que ferait une synchronisation. Fermez-la, puis vérifiez à nouveau la tâche.</translation>
    </message>
</context>
<context>
    <name>lts::PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>it is not a file but a device, a pipe or a folder</source>
        <translation>ce n&apos;est pas un fichier mais un périphérique, un tube ou un dossier</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>il appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>it holds more than the %1 a file of LetThatSyncIn&apos;s may hold</source>
        <translation>il contient plus que les %1 qu&apos;un fichier de LetThatSyncIn peut contenir</translation>
    </message>
</context>
<context>
    <name>lts::ProgressDelegate</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>lts::RcloneFolder</name>
    <message>
        <source>The remote does not tell its free space</source>
        <translation>Le remote n’indique pas son espace libre</translation>
    </message>
</context>
<context>
    <name>lts::RcloneLocation::Client</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>lts::RcloneRemoteChooser</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <source>A remote of your rclone configuration: rclone config makes them</source>
        <translation>Un remote de votre configuration rclone&#xa0;: rclone config les crée</translation>
    </message>
    <message>
        <source>List the remotes again, after rclone config</source>
        <translation>Lister à nouveau les remotes, après rclone config</translation>
    </message>
    <message>
        <source>Loading remotes…</source>
        <translation>Chargement des remotes…</translation>
    </message>
    <message>
        <source>%1 (not in your rclone configuration)</source>
        <translation>%1 (absent de votre configuration rclone)</translation>
    </message>
    <message>
        <source>The remotes of your rclone configuration are being listed…</source>
        <translation>Les remotes de votre configuration rclone sont en cours de listage…</translation>
    </message>
    <message>
        <source>rclone is not installed: install the package rclone, then press Reload.</source>
        <translation>rclone n’est pas installé&#xa0;: installez le paquet rclone, puis appuyez sur «&#xa0;Recharger&#xa0;».</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: make one with rclone config in a terminal, then press Reload.</source>
        <translation>Votre configuration rclone n’a encore aucun remote&#xa0;: créez-en un avec rclone config dans un terminal, puis appuyez sur «&#xa0;Recharger&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a remote of your rclone configuration.</source>
        <translation>Choisissez un remote de votre configuration rclone.</translation>
    </message>
    <message>
        <source>rclone is not installed. LetThatSyncIn reaches Dropbox, Google Drive, S3 and the other cloud services through rclone: install the package &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;), then press Reload.</source>
        <translation>rclone n’est pas installé. LetThatSyncIn accède à Dropbox, Google Drive, S3 et aux autres services cloud par rclone&#xa0;: installez le paquet &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu&#xa0;: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;), puis appuyez sur «&#xa0;Recharger&#xa0;».</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: rclone needs one for each cloud account. Run &lt;tt&gt;rclone config&lt;/tt&gt; in a terminal, make a new remote (&lt;tt&gt;n&lt;/tt&gt;) and log in, then press Reload. &lt;a href=&quot;%1&quot;&gt;Dropbox, step by step&lt;/a&gt;</source>
        <translation>Votre configuration rclone n’a encore aucun remote&#xa0;: rclone en demande un par compte cloud. Lancez &lt;tt&gt;rclone config&lt;/tt&gt; dans un terminal, créez un nouveau remote (&lt;tt&gt;n&lt;/tt&gt;) et connectez-vous, puis appuyez sur «&#xa0;Recharger&#xa0;». &lt;a href=&quot;%1&quot;&gt;Dropbox, pas à pas&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote &quot;%1&quot;: choose another, or make it again with &lt;tt&gt;rclone config&lt;/tt&gt; and press Reload.</source>
        <translation>Votre configuration rclone n’a pas de remote «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un autre, ou recréez-le avec &lt;tt&gt;rclone config&lt;/tt&gt; et appuyez sur «&#xa0;Recharger&#xa0;».</translation>
    </message>
</context>
<context>
    <name>lts::RemoteChecks</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde.</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a remote location (sftp://user@host/path).</source>
        <translation>%1 n’est pas un emplacement distant (sftp://utilisateur@hôte/chemin).</translation>
    </message>
    <message>
        <source>The passwords of %1 are kept in rclone&apos;s own configuration.</source>
        <translation>Les mots de passe de %1 sont gardés dans la propre configuration de rclone.</translation>
    </message>
    <message>
        <source>The path %1 leaves the location: give a path inside it, without &quot;..&quot;.</source>
        <translation>Le chemin %1 sort de l’emplacement&#xa0;: donnez un chemin à l’intérieur, sans «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not encrypted: it has no certificate to trust.</source>
        <translation>%1 n’est pas chiffré&#xa0;: il n’a aucun certificat auquel faire confiance.</translation>
    </message>
    <message numerus="yes">
        <source>rclone did not list your remotes within %n second(s).</source>
        <translation>
            <numerusform>rclone n’a pas listé vos remotes en %n seconde.</numerusform>
            <numerusform>rclone n’a pas listé vos remotes en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::RemoteFolderDialog</name>
    <message>
        <source>Choose a folder on %1</source>
        <translation>Choisir un dossier sur %1</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoisir</translation>
    </message>
    <message>
        <source>&amp;Folders on %1:</source>
        <translation>&amp;Dossiers sur %1&#xa0;:</translation>
    </message>
    <message>
        <source>Home folder (~)</source>
        <translation>Dossier personnel (~)</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Liste en cours…</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>La liste a été annulée.</translation>
    </message>
    <message>
        <source>No folders</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Login folder (~)</source>
        <translation>Dossier de connexion (~)</translation>
    </message>
    <message>
        <source>Choose a folder in %1</source>
        <translation>Choisir un dossier dans %1</translation>
    </message>
    <message>
        <source>&amp;Folders in %1:</source>
        <translation>&amp;Dossiers dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Top folder of %1</source>
        <translation>Dossier de premier niveau de %1</translation>
    </message>
</context>
<context>
    <name>lts::RemoteLocation</name>
    <message>
        <source>The location %1 contains a control character (such as a line break) or an encoded character that is not UTF-8.</source>
        <translation>L’emplacement %1 contient un caractère de contrôle (comme un saut de ligne) ou un caractère encodé qui n’est pas de l’UTF-8.</translation>
    </message>
    <message>
        <source>The path in %1 must not contain &quot;.&quot; or &quot;..&quot; folders.</source>
        <translation>Le chemin de %1 ne doit pas contenir de dossiers «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not the address of a remote folder.</source>
        <translation>%1 n’est pas l’adresse d’un dossier distant.</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which LetThatSyncIn does not know; it knows sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// and rclone:.</source>
        <translation>%1 est un emplacement du type «&#xa0;%2&#xa0;», que LetThatSyncIn ne connaît pas&#xa0;; il connaît sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// et rclone:.</translation>
    </message>
    <message>
        <source>The location %1 names no remote of your rclone configuration: write it as rclone:REMOTE:folder, with one of the remotes &quot;rclone listremotes&quot; lists (rclone:REMOTE: for its top folder).</source>
        <translation>L’emplacement %1 ne nomme aucun remote de votre configuration rclone&#xa0;: écrivez-le rclone:REMOTE:dossier, avec l’un des remotes que liste «&#xa0;rclone listremotes&#xa0;» (rclone:REMOTE: pour son dossier de premier niveau).</translation>
    </message>
    <message>
        <source>The location %1 contains a password. Passwords are never kept in the configuration: write the location without it, and store the password with &quot;letthatsyncin password %1&quot; or in the drive editor.</source>
        <translation>L’emplacement %1 contient un mot de passe. Les mots de passe ne sont jamais gardés dans la configuration&#xa0;: écrivez l’emplacement sans lui, et enregistrez le mot de passe avec «&#xa0;letthatsyncin password %1&#xa0;» ou dans l’éditeur de la tâche.</translation>
    </message>
    <message>
        <source>The location %1 names no server: write it as %2://server/folder.</source>
        <translation>L’emplacement %1 ne nomme aucun serveur&#xa0;: écrivez-le %2://serveur/dossier.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; in %2 is neither a name nor an address (an IPv6 address is written in brackets: [::1]).</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» dans %2 n’est ni un nom ni une adresse (une adresse IPv6 s’écrit entre crochets&#xa0;: [::1]).</translation>
    </message>
    <message>
        <source>The port in %1 must be a number from 1 to 65535, not &quot;%2&quot;; leave it out for the usual one.</source>
        <translation>Le port de %1 doit être un nombre de 1 à 65535, pas «&#xa0;%2&#xa0;»&#xa0;; omettez-le pour le port habituel.</translation>
    </message>
    <message>
        <source>The path in %1 must be a full path (sftp://server/srv/data) or start at the home folder (sftp://server/~/data).</source>
        <translation>Le chemin de %1 doit être un chemin complet (sftp://serveur/srv/data) ou partir du dossier personnel (sftp://serveur/~/data).</translation>
    </message>
    <message>
        <source>The location %1 has the option &quot;%2&quot;, which LetThatSyncIn does not know here; the options of this kind of location are: %3.</source>
        <translation>L’emplacement %1 a l’option «&#xa0;%2&#xa0;», que LetThatSyncIn ne connaît pas ici&#xa0;; les options de ce type d’emplacement sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The location %1 gives the option &quot;%2&quot; twice.</source>
        <translation>L’emplacement %1 donne l’option «&#xa0;%2&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The key in %1 must be the full path of a key file, such as key=~/.ssh/id_ed25519, not &quot;%2&quot;.</source>
        <translation>La clé de %1 doit être le chemin complet d’un fichier de clé, comme key=~/.ssh/id_ed25519, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The connections in %1 must be a number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>Le nombre de connexions de %1 doit être de 1 à %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>upload form</source>
        <translation>formulaire d’envoi</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, non chiffré</translation>
    </message>
</context>
<context>
    <name>lts::Root</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server refused an anonymous login: the location needs a user.</source>
        <translation>Le serveur a refusé une connexion anonyme&#xa0;: l’emplacement doit indiquer un utilisateur.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Aucun mot de passe n’est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Le serveur a refusé la connexion de %1 avec le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Le serveur n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>lts::RunDetails</name>
    <message>
        <source>Cannot keep the list of files of this run in %1: %2</source>
        <translation>Impossible de conserver la liste des fichiers de cette exécution dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunHistory</name>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;historique %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunQueue</name>
    <message>
        <source>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</source>
        <translation>Interrompue, car LetThatSyncIn se fermait&#xa0;; l&apos;exécution sera relancée après le prochain démarrage.</translation>
    </message>
    <message>
        <source>Stopped because LetThatSyncIn was closing, while the run waited for a folder that does not answer; the run is made again after the next start.</source>
        <translation>Arrêté parce que LetThatSyncIn se fermait, pendant que la synchronisation attendait un dossier qui ne répond pas&#xa0;; elle sera refaite après le prochain démarrage.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Annulé pendant que la synchronisation attendait un dossier qui ne répond pas. Chaque fichier de la destination est complet&#xa0;; un fichier temporaire laissé derrière sera supprimé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>lts::RunTableModel</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <source>Partly synced</source>
        <translation>Partiellement synchronisée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration réussie</translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation>Restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, forced</source>
        <translation>%1, exécution forcée</translation>
    </message>
</context>
<context>
    <name>lts::Scanner</name>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the source folder: %1</source>
        <translation>Impossible de lire le dossier source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the target folder: %1</source>
        <translation>Impossible de lire le dossier de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>a socket, device or pipe: such special files are not copied</source>
        <translation>socket, périphérique ou tube&#xa0;: ces fichiers spéciaux ne sont pas copiés</translation>
    </message>
    <message>
        <source>the target has a file or link where the source has a folder; in this mode it is not replaced</source>
        <translation>la destination contient un fichier ou un lien là où la source a un dossier&#xa0;; dans ce mode, il n&apos;est pas remplacé</translation>
    </message>
    <message>
        <source>the target has a folder where the source has a file; in this mode it is not replaced</source>
        <translation>la destination contient un dossier là où la source a un fichier&#xa0;; dans ce mode, il n&apos;est pas remplacé</translation>
    </message>
</context>
<context>
    <name>lts::SendCommand</name>
    <message>
        <source>Sends one request of the WebSocket protocol to the running LetThatSyncIn and prints the response as one line of JSON. The exit code is 0 when the response&apos;s Result is Success, 2 otherwise.</source>
        <translation>Envoie une requête du protocole WebSocket à l&apos;instance de LetThatSyncIn en cours d&apos;exécution et affiche la réponse sur une ligne de JSON. Le code de sortie est 0 si le champ Result de la réponse vaut Success, 2 sinon.</translation>
    </message>
    <message>
        <source>send needs one JSON object, such as {&quot;request&quot;: &quot;GetStatus&quot;}; this is not one: %1</source>
        <translation>send attend un objet JSON, comme {&quot;request&quot;: &quot;GetStatus&quot;}&#xa0;; l&apos;argument donné n&apos;en est pas un&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>lts::ServerAddress</name>
    <message>
        <source>%1 is not the web address of a WebDAV folder: write it as https://server/folder, as the server shows it (Nextcloud: Files settings, WebDAV).</source>
        <translation>%1 n’est pas l’adresse web d’un dossier WebDAV&#xa0;: écrivez-la sous la forme https://serveur/dossier, telle que le serveur l’affiche (Nextcloud&#xa0;: paramètres de Fichiers, WebDAV).</translation>
    </message>
    <message>
        <source>%1 is not the web address of an upload form: write it as https://server/path.</source>
        <translation>%1 n’est pas l’adresse web d’un formulaire d’envoi&#xa0;: écrivez-la sous la forme https://serveur/chemin.</translation>
    </message>
</context>
<context>
    <name>lts::ServerLease</name>
    <message>
        <source>Cannot lock the target %1: %2</source>
        <translation>Impossible de verrouiller la destination %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another sync (process %1 on %2) is writing to %3. A lock that computer no longer renews is taken over after %n minute(s).</source>
        <translation>
            <numerusform>Une autre synchronisation (processus %1 sur %2) écrit dans %3. Un verrou que cet ordinateur ne renouvelle plus est repris après %n minute.</numerusform>
            <numerusform>Une autre synchronisation (processus %1 sur %2) écrit dans %3. Un verrou que cet ordinateur ne renouvelle plus est repris après %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>un ordinateur inconnu</translation>
    </message>
    <message>
        <source>Another sync keeps taking the lock of %1.</source>
        <translation>Une autre synchronisation reprend sans cesse le verrou de %1.</translation>
    </message>
</context>
<context>
    <name>lts::ServerLocationDialog</name>
    <message>
        <source>SFTP (SSH)</source>
        <translation>SFTP (SSH)</translation>
    </message>
    <message>
        <source>WebDAV (Nextcloud, NAS)</source>
        <translation>WebDAV (Nextcloud, NAS)</translation>
    </message>
    <message>
        <source>FTP / FTPS</source>
        <translation>FTP / FTPS</translation>
    </message>
    <message>
        <source>Upload form</source>
        <translation>Formulaire d’envoi</translation>
    </message>
    <message>
        <source>HTTPS (encrypted)</source>
        <translation>HTTPS (chiffré)</translation>
    </message>
    <message>
        <source>HTTP (not encrypted)</source>
        <translation>HTTP (non chiffré)</translation>
    </message>
    <message>
        <source>Explicit TLS (FTPES)</source>
        <translation>TLS explicite (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS)</source>
        <translation>TLS implicite (FTPS)</translation>
    </message>
    <message>
        <source>None (plain FTP, not encrypted)</source>
        <translation>Aucun (FTP simple, non chiffré)</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Dossier sur un serveur</translation>
    </message>
    <message>
        <source>Paste the address the server shows, or fill in the fields below.</source>
        <translation>Collez l’adresse que le serveur affiche, ou remplissez les champs ci-dessous.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose a folder on the server</source>
        <translation>Choisir un dossier sur le serveur</translation>
    </message>
    <message>
        <source>Optional: your usual keys and the SSH agent</source>
        <translation>Facultatif&#xa0;: vos clés habituelles et l’agent SSH</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the drive; leave it empty to keep the one stored.</source>
        <translation>Conservé dans le trousseau du système, jamais dans la tâche&#xa0;; laissez vide pour garder celui enregistré.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Trust this &amp;server…</source>
        <translation>Faire confiance à ce &amp;serveur…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Chi&amp;ffrement&#xa0;:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Name or address, such as %1</source>
        <translation>Nom ou adresse, par exemple %1</translation>
    </message>
    <message>
        <source>Empty: the port ~/.ssh/config gives this server, else 22.</source>
        <translation>Vide&#xa0;: le port que ~/.ssh/config donne à ce serveur, sinon 22.</translation>
    </message>
    <message>
        <source>Empty: the usual port of the encryption chosen.</source>
        <translation>Vide&#xa0;: le port habituel du chiffrement choisi.</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Vide&#xa0;: anonyme</translation>
    </message>
    <message>
        <source>Empty: the user ~/.ssh/config gives this server, else yours.</source>
        <translation>Vide&#xa0;: l’utilisateur que ~/.ssh/config donne à ce serveur, sinon le vôtre.</translation>
    </message>
    <message>
        <source>/srv/data, or ~/data in your home folder</source>
        <translation>/srv/data, ou ~/data dans votre dossier personnel</translation>
    </message>
    <message>
        <source>~/data in the login folder, or /srv/data</source>
        <translation>~/data dans le dossier de connexion, ou /srv/data</translation>
    </message>
    <message>
        <source>Not encrypted: the password and the files cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>Non chiffré&#xa0;: le mot de passe et les fichiers traversent le réseau en clair, lisibles par quiconque sur le trajet. Ne l’utilisez que sur un réseau auquel vous faites confiance.</translation>
    </message>
    <message>
        <source>Not encrypted: the files cross the network readable by anyone on the way.</source>
        <translation>Non chiffré&#xa0;: les fichiers traversent le réseau en clair, lisibles par quiconque sur le trajet.</translation>
    </message>
    <message>
        <source>Type the web address of the upload form.</source>
        <translation>Saisissez l’adresse web du formulaire d’envoi.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Saisissez le nom ou l’adresse du serveur.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Enregistrement du mot de passe…</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>Le mot de passe n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is kept in a file that only you can read, in %1.</source>
        <translation>Aucun trousseau n’a répondu, le mot de passe est donc conservé dans un fichier que vous seul pouvez lire, dans %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n entries in the folder</source>
        <translation>
            <numerusform>Connecté&#xa0;: %n entrée dans le dossier</numerusform>
            <numerusform>Connecté&#xa0;: %n entrées dans le dossier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 free.</source>
        <translation>%1, %2 libres.</translation>
    </message>
    <message>
        <source>To trust it, run: %1</source>
        <translation>Pour lui faire confiance, exécutez&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>The name of the form&apos;s field that takes the file, as its web page names it (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Empty: %1.</source>
        <translation>Le nom du champ du formulaire qui reçoit le fichier, tel que sa page web le nomme (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Vide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sent with every file, such as email = me@example.org. F2 edits a cell.</source>
        <translation>Envoyés avec chaque fichier, par exemple email = moi@example.org. F2 modifie une cellule.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a field sent with every file</source>
        <translation>Ajouter un champ envoyé avec chaque fichier</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Enlever</translation>
    </message>
    <message>
        <source>Fi&amp;le field:</source>
        <translation>Champ du f&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other fields:</source>
        <translation>Champs supp&amp;lémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>The field with the value &quot;%1&quot; has no name: type its name, or remove it.</source>
        <translation>Le champ de valeur «&#xa0;%1&#xa0;» n&apos;a pas de nom&#xa0;: saisissez son nom ou enlevez-le.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is there twice: a form takes each name once.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» est présent deux fois&#xa0;: un formulaire prend chaque nom une seule fois.</translation>
    </message>
    <message>
        <source>Cloud (rclone)</source>
        <translation>Cloud (rclone)</translation>
    </message>
    <message>
        <source>R&amp;emote:</source>
        <translation>Rem&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Lab/Site4 in the remote; empty: its top folder</source>
        <translation>Lab/Site4 dans le remote&#xa0;; vide&#xa0;: son dossier de premier niveau</translation>
    </message>
    <message>
        <source>Choose a folder in the remote</source>
        <translation>Choisir un dossier dans le remote</translation>
    </message>
</context>
<context>
    <name>lts::SettingsCodec</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1, or localhost</source>
        <translation>une adresse IP comme 127.0.0.1, ou localhost</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>The setting %1 must be %2; using %3.</source>
        <translation>Le paramètre %1 doit être %2&#xa0;; valeur utilisée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a language code such as &quot;de&quot;, or &quot;&quot; for the system&apos;s language</source>
        <translation>un code de langue comme &quot;de&quot;, ou &quot;&quot; pour la langue du système</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
</context>
<context>
    <name>lts::SettingsDialog</name>
    <message>
        <source>LetThatSyncIn Settings</source>
        <translation>Paramètres de LetThatSyncIn</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Start LetThatSyncIn when I log in</source>
        <translation>Lancer LetThatSyncIn à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Only errors</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>Après chaque exécution</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect when LetThatSyncIn restarts.</source>
        <translation>Prend effet au prochain démarrage de LetThatSyncIn.</translation>
    </message>
    <message>
        <source>Syncs at the same time:</source>
        <translation>Synchronisations simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Two drives on the same disk never sync at the same time.</source>
        <translation>Deux tâches situées sur le même disque ne se synchronisent jamais en même temps.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Deletion limit:</source>
        <translation>Limite de suppression&#xa0;:</translation>
    </message>
    <message>
        <source>A mirror run that would delete more than this share of the target&apos;s files (and more than 10 files) waits for your confirmation.</source>
        <translation>Une exécution en mode Miroir qui supprimerait une part des fichiers de la destination supérieure à ce pourcentage (et plus de 10 fichiers) attend votre confirmation.</translation>
    </message>
    <message>
        <source>Scripts control LetThatSyncIn through a WebSocket server.</source>
        <translation>Les scripts pilotent LetThatSyncIn par l&apos;intermédiaire d&apos;un serveur WebSocket.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Require the token</source>
        <translation>Exiger le jeton</translation>
    </message>
    <message>
        <source>Without it, only scripts of other users or other computers need the token.</source>
        <translation>Sans cette option, seuls les scripts d&apos;autres utilisateurs ou d&apos;autres ordinateurs ont besoin du jeton.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Origines autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Web pages from these origins may connect, for example https://example.org. Scripts need no origin.</source>
        <translation>Les pages web de ces origines peuvent se connecter, par exemple https://example.org. Les scripts n&apos;ont pas besoin d&apos;origine.</translation>
    </message>
    <message>
        <source>Address, port, “Require the token” and allowed origins take effect when LetThatSyncIn restarts. A new token takes effect at once.</source>
        <translation>L&apos;adresse, le port, «&#xa0;Exiger le jeton&#xa0;» et les origines autorisées prennent effet au prochain démarrage de LetThatSyncIn. Un nouveau jeton prend effet immédiatement.</translation>
    </message>
    <message>
        <source>Summary: a line per run</source>
        <translation>Résumé&#xa0;: une ligne par exécution</translation>
    </message>
    <message>
        <source>Verbose: also a line per file</source>
        <translation>Détaillé&#xa0;: également une ligne par fichier</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Niveau&#xa0;:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation>&#xa0;Mio</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Taille maximale&#xa0;:</translation>
    </message>
    <message>
        <source>When the log folder grows past the limit, its oldest files are removed.</source>
        <translation>Lorsque le dossier des journaux dépasse cette limite, ses fichiers les plus anciens sont supprimés.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Enter the address the WebSocket server listens on, such as 127.0.0.1.</source>
        <translation>Saisissez l&apos;adresse sur laquelle le serveur WebSocket écoute, par exemple 127.0.0.1.</translation>
    </message>
    <message>
        <source>“%1” is not an address the WebSocket server can listen on. Enter an IP address such as 127.0.0.1, or localhost.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse sur laquelle le serveur WebSocket peut écouter. Saisissez une adresse IP, par exemple 127.0.0.1, ou localhost.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers connect, which needs “Require the token” on.</source>
        <translation>L&apos;écoute sur %1 permet à d&apos;autres ordinateurs de se connecter, ce qui nécessite d&apos;activer «&#xa0;Exiger le jeton&#xa0;».</translation>
    </message>
    <message>
        <source>The WebSocket server is off.</source>
        <translation>Le serveur WebSocket est désactivé.</translation>
    </message>
    <message>
        <source>The token cannot be read (the log says why). Regenerate makes a new one.</source>
        <translation>Impossible de lire le jeton (le journal en indique la raison). «&#xa0;Régénérer&#xa0;» en crée un nouveau.</translation>
    </message>
    <message>
        <source>Regenerate the Token</source>
        <translation>Régénérer le jeton</translation>
    </message>
    <message>
        <source>Replace the token with a new one?</source>
        <translation>Remplacer le jeton par un nouveau&#xa0;?</translation>
    </message>
    <message>
        <source>Scripts using the old token will be refused until they use the new one.</source>
        <translation>Les scripts qui utilisent l&apos;ancien jeton seront refusés tant qu&apos;ils n&apos;utiliseront pas le nouveau.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Show the syncing icon while a drive syncs</source>
        <translation>Afficher l&apos;icône de synchronisation pendant qu&apos;une tâche se synchronise</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait after a change:</source>
        <translation>Attente après un changement&#xa0;:</translation>
    </message>
    <message>
        <source>A drive that syncs as soon as files change waits until its source has been quiet this long, so that a file still being written is not copied half-way.</source>
        <translation>Une tâche qui se synchronise dès que des fichiers changent attend que sa source soit restée calme pendant ce temps, afin qu’un fichier encore en cours d’écriture ne soit pas copié à moitié.</translation>
    </message>
</context>
<context>
    <name>lts::SingleInstance</name>
    <message>
        <source>Cannot open the local socket %1 that a second start would use to show this one: %2</source>
        <translation>Impossible d&apos;ouvrir le socket local %1 qu&apos;un second lancement utiliserait pour afficher celui-ci&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::StallWatch</name>
    <message numerus="yes">
        <source>Neither the source %1 nor the target %2 answered for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>Ni la source %1 ni la destination %2 n’ont répondu pendant %n seconde&#xa0;; la synchronisation a été abandonnée.</numerusform>
            <numerusform>Ni la source %1 ni la destination %2 n’ont répondu pendant %n secondes&#xa0;; la synchronisation a été abandonnée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>La source %1 n’a pas répondu pendant %n seconde&#xa0;; la synchronisation a été abandonnée.</numerusform>
            <numerusform>La source %1 n’a pas répondu pendant %n secondes&#xa0;; la synchronisation a été abandonnée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>La destination %1 n’a pas répondu pendant %n seconde&#xa0;; la synchronisation a été abandonnée.</numerusform>
            <numerusform>La destination %1 n’a pas répondu pendant %n secondes&#xa0;; la synchronisation a été abandonnée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::StateStore</name>
    <message>
        <source>Cannot save the run state to %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;état des exécutions dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::StatusCommand</name>
    <message>
        <source>%1 % (%2 of %3 files)</source>
        <translation>%1&#xa0;% (%2 fichiers sur %3)</translation>
    </message>
    <message>
        <source>Print the response&apos;s drives as JSON.</source>
        <translation>Afficher en JSON les tâches de la réponse.</translation>
    </message>
    <message>
        <source>Asks the running LetThatSyncIn how its drives are: status, last and next sync, the last result, and the progress of the syncs going on.</source>
        <translation>Demande à LetThatSyncIn en cours d&apos;exécution l&apos;état de ses tâches&#xa0;: état, dernière et prochaine synchronisation, dernier résultat, et progression des synchronisations en cours.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Prochaine synchronisation</translation>
    </message>
    <message>
        <source>Progress or message</source>
        <translation>Progression ou message</translation>
    </message>
    <message>
        <source>No drives are configured.</source>
        <translation>Aucune tâche n&apos;est configurée.</translation>
    </message>
</context>
<context>
    <name>lts::SyncCommand</name>
    <message>
        <source>Run the configured drive NAME instead of SOURCE TARGET.</source>
        <translation>Exécuter la tâche configurée NAME au lieu de SOURCE TARGET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Mirror (default: the target becomes a copy), Update (never delete) or Move (remove copied files from the source).</source>
        <translation>Mirror (par défaut&#xa0;: la destination devient une copie), Update (ne jamais rien supprimer) ou Move (retirer de la source les fichiers copiés).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Leave out paths that match the pattern (*.tmp, cache/, **/Thumbs.db); may be repeated.</source>
        <translation>Exclure les chemins correspondant au motif (*.tmp, cache/, **/Thumbs.db)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>Leave out hidden files and folders.</source>
        <translation>Exclure les fichiers et dossiers cachés.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Print what would be copied, updated and deleted; change nothing.</source>
        <translation>Afficher ce qui serait copié, mis à jour et supprimé, sans rien modifier.</translation>
    </message>
    <message>
        <source>Print every file added, updated or deleted.</source>
        <translation>Afficher chaque fichier ajouté, mis à jour ou supprimé.</translation>
    </message>
    <message>
        <source>Print the report as JSON (the protocol&apos;s run object) and nothing else.</source>
        <translation>Afficher uniquement le rapport, en JSON (l&apos;objet d&apos;exécution du protocole).</translation>
    </message>
    <message>
        <source>Run again every DURATION (90s, 15m, 2h, 1d) until Ctrl+C.</source>
        <translation>Relancer l&apos;exécution toutes les DURATION (90s, 15m, 2h, 1d), jusqu&apos;à Ctrl+C.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>With --every: stop after N runs.</source>
        <translation>Avec --every&#xa0;: s&apos;arrêter après N exécutions.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Syncs SOURCE to TARGET once, now, without any configuration; or, with --drive, one of the configured drives.

Exit codes: 0 success, 1 partial, 2 failure, 3 refused by a safety rule, 4 bad command line, 130 interrupted.</source>
        <translation>Synchronise SOURCE vers TARGET une fois, maintenant, sans aucune configuration&#xa0;; ou, avec --drive, l&apos;une des tâches configurées.

Codes de sortie&#xa0;: 0 succès, 1 synchronisation partielle, 2 échec, 3 refus par une règle de sécurité, 4 ligne de commande incorrecte, 130 interruption.</translation>
    </message>
    <message>
        <source>--drive takes the drive&apos;s own source, target and options; give no others.</source>
        <translation>--drive reprend la source, la destination et les options de la tâche&#xa0;; n&apos;en indiquez pas d&apos;autres.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; in %2.</source>
        <translation>Il n&apos;y a pas de tâche «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>sync needs a SOURCE and a TARGET folder, or --drive NAME.</source>
        <translation>sync attend un dossier SOURCE et un dossier TARGET, ou --drive NAME.</translation>
    </message>
    <message>
        <source>--mode must be Mirror, Update or Move, not &quot;%1&quot;.</source>
        <translation>--mode doit valoir Mirror, Update ou Move, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--versions needs a number of days from 0 to 3650.</source>
        <translation>--versions attend un nombre de jours compris entre 0 et 3650.</translation>
    </message>
    <message>
        <source>--every needs a duration of at least 1 second, such as 90s, 15m, 2h or 1d.</source>
        <translation>--every attend une durée d&apos;au moins 1 seconde, par exemple 90s, 15m, 2h ou 1d.</translation>
    </message>
    <message>
        <source>--max needs --every and a number of runs of at least 1.</source>
        <translation>--max nécessite --every et un nombre d&apos;exécutions d&apos;au moins 1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n change(s) found so far</source>
        <translation>
            <numerusform>Comparaison&#xa0;: %n modification trouvée pour l&apos;instant</numerusform>
            <numerusform>Comparaison&#xa0;: %n modifications trouvées pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 files  %3/%4  %5/s</source>
        <translation>%1/%2 fichiers  %3/%4  %5/s</translation>
    </message>
    <message>
        <source>  %1:%2 left</source>
        <translation>  reste %1:%2</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. It would do: %1</source>
        <translation>Simulation, rien n&apos;a été modifié. Résultat prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions (default 30; 0 keeps none).</source>
        <translation>Conserver pendant ce nombre de jours les fichiers que l&apos;exécution écrase ou supprime, dans TARGET/.letthatsyncin/versions (30 par défaut&#xa0;; 0 n&apos;en conserve aucun).</translation>
    </message>
    <message>
        <source>Run even though a safety rule would refuse (a first mirror into a folder holding other files, too many deletions, an empty source, another disk).</source>
        <translation>Exécuter même si une règle de sécurité refuserait la synchronisation (premier miroir vers un dossier qui contient d&apos;autres fichiers, trop de suppressions, source vide, autre disque).</translation>
    </message>
    <message>
        <source>with --versions 0 they are not kept</source>
        <translation>avec --versions 0, ils ne sont pas conservés</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, copy without deleting: %1 --mode Update
To delete them (%2): %1 --force</source>
        <translation>Rien n&apos;a été modifié. Pour voir les fichiers&#xa0;: %1 --dry-run
Pour les garder, copiez sans rien supprimer&#xa0;: %1 --mode Update
Pour les supprimer (%2)&#xa0;: %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see what a sync would do: %1 --dry-run
If that is what you want: %1 --force</source>
        <translation>Rien n&apos;a été modifié. Pour voir ce que ferait une synchronisation&#xa0;: %1 --dry-run
Si c&apos;est bien ce que vous voulez&#xa0;: %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, set the drive&apos;s mode to Update (in the tray, or with EditDrive); to delete them: %1 --force</source>
        <translation>Rien n&apos;a été modifié. Pour voir les fichiers&#xa0;: %1 --dry-run
Pour les garder, passez la tâche en mode «&#xa0;Mise à jour&#xa0;» (depuis la zone de notification, ou avec EditDrive et le mode Update)&#xa0;; pour les supprimer&#xa0;: %1 --force</translation>
    </message>
    <message>
        <source>they are kept for %1 under .letthatsyncin/versions</source>
        <translation>ils sont conservés pendant %1 dans .letthatsyncin/versions</translation>
    </message>
    <message>
        <source>Cancelled while the folders were being checked; nothing was changed.</source>
        <translation>Annulée pendant la vérification des dossiers&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Annulé pendant que la synchronisation attendait un dossier qui ne répond pas. Chaque fichier de la destination est complet&#xa0;; un fichier temporaire laissé derrière sera supprimé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>List a remote target in full instead of trusting what the last runs recorded of it (its index), and record it again.</source>
        <translation>Lister entièrement une destination distante au lieu de se fier à ce que les dernières exécutions en ont noté (son index), et le noter à nouveau.</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Lui faire confiance&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted, nothing was changed.</source>
        <translation>Aucune confiance accordée, rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3).</source>
        <translation>Confiance accordée à la clé d’hôte de %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the key with:
%2</source>
        <translation>Rien n’a été modifié. %1
Une fois la clé vérifiée, faites-lui confiance avec&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>(For this run only. To store it: %1)</source>
        <translation>(Pour cette exécution seulement. Pour l’enregistrer&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Phrase de passe de la clé %1&#xa0;: </translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 demande&#xa0;:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>Le serveur a refusé les réponses données auparavant.</translation>
    </message>
    <message>
        <source>For an upload form as TARGET (post+https://...): send the form field NAME with VALUE beside each file; may be repeated.</source>
        <translation>Pour un formulaire d’envoi comme TARGET (post+https://...)&#xa0;: joindre à chaque fichier le champ de formulaire NAME avec la valeur VALUE&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>For an upload form as TARGET: the form&apos;s field that takes the file (default: file).</source>
        <translation>Pour un formulaire d’envoi comme TARGET&#xa0;: le champ du formulaire qui reçoit le fichier (par défaut&#xa0;: file).</translation>
    </message>
    <message>
        <source>--verify: an upload form cannot be listed; the run goes by its record of what was sent.</source>
        <translation>--verify&#xa0;: un formulaire d’envoi ne peut pas être listé&#xa0;; l’exécution se fie à son registre de ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>--upload-field and --upload-file-field are for an upload form as the target (post+https://...); %1 is not one.</source>
        <translation>--upload-field et --upload-file-field sont destinés à un formulaire d’envoi comme destination (post+https://...)&#xa0;; %1 n’en est pas un.</translation>
    </message>
    <message>
        <source>--upload-file-field needs the name of the form&apos;s file field.</source>
        <translation>--upload-file-field attend le nom du champ de fichier du formulaire.</translation>
    </message>
    <message>
        <source>--upload-field takes NAME=VALUE, such as email=me@example.org; &quot;%1&quot; is not.</source>
        <translation>--upload-field attend NAME=VALUE, par exemple email=me@example.org&#xa0;; «&#xa0;%1&#xa0;» n’a pas cette forme.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2).</source>
        <translation>Confiance accordée au certificat de %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the certificate with:
%2</source>
        <translation>Rien n’a été modifié. %1
Une fois le certificat vérifié, faites-lui confiance avec&#xa0;:
%2</translation>
    </message>
    <message>
        <source>After the run, watch SOURCE and sync what changed each time it has been quiet for WatchDelay (2 s), until Ctrl+C.</source>
        <translation>Après l’exécution, surveiller SOURCE et synchroniser ce qui a changé chaque fois que tout est resté calme pendant WatchDelay (2 s), jusqu’à Ctrl+C.</translation>
    </message>
    <message>
        <source>--watch syncs what changes; it cannot go with --dry-run.</source>
        <translation>--watch synchronise ce qui change&#xa0;; il ne peut pas être combiné avec --dry-run.</translation>
    </message>
    <message>
        <source>Watching %1 for changes; Ctrl+C stops.</source>
        <translation>Surveillance des changements dans %1&#xa0;; Ctrl+C arrête.</translation>
    </message>
    <message>
        <source>Not watching: %1</source>
        <translation>Pas de surveillance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lts::SyncController</name>
    <message numerus="yes">
        <source>The clock moved %n minute(s) more than the time that passed (the computer slept, or the clock was set): missed runs start shortly.</source>
        <translation>
            <numerusform>L&apos;horloge a avancé de %n minute de plus que le temps écoulé (l&apos;ordinateur était en veille ou l&apos;horloge a été réglée)&#xa0;: les exécutions manquées vont démarrer sous peu.</numerusform>
            <numerusform>L&apos;horloge a avancé de %n minutes de plus que le temps écoulé (l&apos;ordinateur était en veille ou l&apos;horloge a été réglée)&#xa0;: les exécutions manquées vont démarrer sous peu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock was set back by %n minute(s); no drive waits longer than its interval because of it.</source>
        <translation>
            <numerusform>L&apos;horloge a été reculée de %n minute&#xa0;; aucune tâche n&apos;attend pour autant plus longtemps que son intervalle.</numerusform>
            <numerusform>L&apos;horloge a été reculée de %n minutes&#xa0;; aucune tâche n&apos;attend pour autant plus longtemps que son intervalle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing; restore the version once the sync has ended.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» est en cours de synchronisation&#xa0;; restaurez la version une fois la synchronisation terminée.</translation>
    </message>
    <message>
        <source>Another sync is writing to the target; try again once it has ended.</source>
        <translation>Une autre synchronisation écrit dans la destination&#xa0;; réessayez une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the source of &quot;%3&quot;.</source>
        <translation>Restauration de la version de %1 conservée le %2 dans la source de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the target of &quot;%3&quot;.</source>
        <translation>Restauration de la version de %1 conservée le %2 dans la destination de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; runs now, after &quot;%2&quot;.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» s&apos;exécute maintenant, après «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>lts::SyncEngine</name>
    <message>
        <source>Cannot write to the target %1: it is read-only or permission is denied.</source>
        <translation>Impossible d&apos;écrire dans la destination %1&#xa0;: elle est en lecture seule ou l&apos;accès est refusé.</translation>
    </message>
    <message>
        <source>Cancelled before any change.</source>
        <translation>Annulée avant toute modification.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled; files copied so far are complete, none is half-written.</source>
        <translation>Annulée&#xa0;; les fichiers déjà copiés sont complets, aucun n&apos;est à moitié écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be synced; the rest was.</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être synchronisé&#xa0;; le reste l&apos;a été.</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être synchronisés&#xa0;; le reste l&apos;a été.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were skipped; the rest was synced.</source>
        <translation>
            <numerusform>%n élément a été ignoré&#xa0;; le reste a été synchronisé.</numerusform>
            <numerusform>%n éléments ont été ignorés&#xa0;; le reste a été synchronisé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the target: %1</source>
        <translation>Impossible d&apos;écrire dans la destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>The target&apos;s .letthatsyncin is not a folder (%1); nothing was changed.</source>
        <translation>Le dossier .letthatsyncin de la destination n&apos;en est pas un (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read.</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source folder cannot be read: %1</source>
        <translation>Impossible de lire le dossier source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist. Is the backup disk plugged in?</source>
        <translation>%1 n&apos;existe pas. Le disque de sauvegarde est-il branché&#xa0;?</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier de destination %1.</translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier de destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le dossier source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another sync (process %1 on %2) is writing to %3.</source>
        <translation>Une autre synchronisation (processus %1 sur %2) écrit dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>The source has no files, so a mirror would delete all %n file(s) of the target.</source>
        <translation>
            <numerusform>La source ne contient aucun fichier&#xa0;: une exécution en mode Miroir supprimerait donc tous les fichiers de la destination, soit %n fichier.</numerusform>
            <numerusform>La source ne contient aucun fichier&#xa0;: une exécution en mode Miroir supprimerait donc tous les fichiers de la destination, soit %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target holds %n file(s) that the source does not have: a first mirror would delete them.</source>
        <translation>
            <numerusform>La destination contient %n fichier absent de la source&#xa0;: une première exécution en mode Miroir le supprimerait.</numerusform>
            <numerusform>La destination contient %n fichiers absents de la source&#xa0;: une première exécution en mode Miroir les supprimerait.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mirror would delete %1 of the %2 files in the target (limit %3 %).</source>
        <translation>Une exécution en mode Miroir supprimerait %1 des %2 fichiers de la destination (limite&#xa0;: %3&#xa0;%).</translation>
    </message>
    <message>
        <source>only its permissions differ</source>
        <translation>seules ses permissions diffèrent</translation>
    </message>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>non supprimé&#xa0;: une partie de la source n&apos;a pas pu être lue</translation>
    </message>
    <message numerus="yes">
        <source>A sync now would delete %n file(s), more than the %1 you confirmed: the folders changed since the review. Nothing was changed; review the drive again.</source>
        <translation>
            <numerusform>Une synchronisation supprimerait maintenant %n fichier, plus que les %1 que vous avez confirmés&#xa0;: les dossiers ont changé depuis la vérification. Rien n’a été modifié&#xa0;; vérifiez la tâche à nouveau.</numerusform>
            <numerusform>Une synchronisation supprimerait maintenant %n fichiers, plus que les %1 que vous avez confirmés&#xa0;: les dossiers ont changé depuis la vérification. Rien n’a été modifié&#xa0;; vérifiez la tâche à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full.</source>
        <translation>Plus d&apos;espace disponible sur le périphérique&#xa0;: le disque de %1 est plein.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 est un formulaire d’envoi, qui ne peut pas supprimer de fichiers&#xa0;: choisissez le mode Mise à jour ou Déplacement, pas Miroir.</translation>
    </message>
    <message>
        <source>The record of what was sent to %1 cannot be opened (%2): nothing was sent, so that no file is sent twice.</source>
        <translation>Le registre de ce qui a été envoyé à %1 ne peut pas être ouvert (%2)&#xa0;: rien n’a été envoyé, afin qu’aucun fichier ne soit envoyé deux fois.</translation>
    </message>
</context>
<context>
    <name>lts::SyncReport</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 errors; %7 copied in %8 s.</source>
        <translation>ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, supprimés&#xa0;: %3, inchangés&#xa0;: %4, ignorés&#xa0;: %5, erreurs&#xa0;: %6&#xa0;; %7 copiés en %8 s.</translation>
    </message>
</context>
<context>
    <name>lts::TextFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>encore %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>encore %1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>encore %1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>how long: kept for 30 days</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>how long: kept for 0.5 days</comment>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>lts::TrayApplication</name>
    <message>
        <source>%1

LetThatSyncIn may be running in the background as a service (letthatsyncin --headless): its drives are synced by it, and scripts reach it with &quot;letthatsyncin status&quot;.</source>
        <translation>%1

LetThatSyncIn est peut-être en cours d&apos;exécution en arrière-plan en tant que service (letthatsyncin --headless)&#xa0;: c&apos;est lui qui synchronise les tâches, et les scripts peuvent le joindre avec «&#xa0;letthatsyncin status&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Started with %n drive(s) from %1.</source>
        <translation>
            <numerusform>Démarrage avec %n tâche provenant de %1.</numerusform>
            <numerusform>Démarrage avec %n tâches provenant de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running; its Drives window is shown.</source>
        <translation>LetThatSyncIn est déjà en cours d&apos;exécution&#xa0;; sa fenêtre des tâches est affichée.</translation>
    </message>
    <message>
        <source>LetThatSyncIn</source>
        <translation>LetThatSyncIn</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; the system&apos;s is used.</source>
        <translation>Il n&apos;existe aucune traduction pour la langue «&#xa0;%1&#xa0;»&#xa0;; celle du système est utilisée.</translation>
    </message>
    <message>
        <source>No system tray was found: the Drives window is shown instead.</source>
        <translation>Aucune zone de notification n&apos;a été trouvée&#xa0;: la fenêtre des tâches est affichée à la place.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>About LetThatSyncIn</source>
        <translation>À propos de LetThatSyncIn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Keeps your folders in sync on a schedule, safely.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;WebSocket API for scripts: %2&lt;/p&gt;&lt;p&gt;Configuration: %3&lt;br&gt;Logs: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Synchronise vos dossiers selon une planification, en toute sécurité.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;API WebSocket pour les scripts&#xa0;: %2&lt;/p&gt;&lt;p&gt;Configuration&#xa0;: %3&lt;br&gt;Journaux&#xa0;: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is its disk plugged in?).</source>
        <translation>Le dossier %1 n&apos;existe pas (son disque est-il branché&#xa0;?).</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Quitting: running syncs are cancelled.</source>
        <translation>Fermeture&#xa0;: les synchronisations en cours sont annulées.</translation>
    </message>
    <message>
        <source>%1 is on a server that the file manager cannot open by its address; use the server&apos;s own tools to look at it.</source>
        <translation>%1 se trouve sur un serveur que le gestionnaire de fichiers ne peut pas ouvrir par son adresse&#xa0;; utilisez les outils propres au serveur pour le consulter.</translation>
    </message>
</context>
<context>
    <name>lts::TrayIcon</name>
    <message>
        <source>Sync all now</source>
        <translation>Tout synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>Add drive...</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Drives...</source>
        <translation>Tâches…</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>About...</source>
        <translation>À propos…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>lts::TrayView</name>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>partly synced</source>
        <translation>synchronisée en partie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message numerus="yes">
        <source>comparing folders (%Ln to copy so far)</source>
        <translation>
            <numerusform>comparaison des dossiers (%Ln fichier à copier pour l&apos;instant)</numerusform>
            <numerusform>comparaison des dossiers (%Ln fichiers à copier pour l&apos;instant)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing folders</source>
        <translation>comparaison des dossiers</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisation en cours</translation>
    </message>
    <message>
        <source>copying %1 of %2</source>
        <translation>copie&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>partly synced: %1</source>
        <translation>synchronisée en partie&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>never synced, first run %1</source>
        <translation>jamais synchronisée, première exécution %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>annulée %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synchronisée %1</translation>
    </message>
    <message>
        <source>waiting for another sync</source>
        <translation>en attente d&apos;une autre synchronisation</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>disk not available</source>
        <translation>disque non disponible</translation>
    </message>
    <message>
        <source>No drives yet: choose Add drive...</source>
        <translation>Aucune tâche pour l&apos;instant&#xa0;: choisissez «&#xa0;Ajouter une tâche…&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — not synced for over %2</source>
        <translation>%1 — non synchronisée depuis plus de %2</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Dernière exécution&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last run: %1, %2</source>
        <translation>Dernière exécution&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review...</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Ouvrir la source</translation>
    </message>
    <message>
        <source>Open target</source>
        <translation>Ouvrir la destination</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout suspendre</translation>
    </message>
    <message>
        <source>cancelled %1, last synced %2</source>
        <translation>annulée %1, dernière synchronisation %2</translation>
    </message>
    <message>
        <source>Versions...</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Trust the server...</source>
        <translation>Faire confiance au serveur...</translation>
    </message>
    <message>
        <source>Enter the password...</source>
        <translation>Saisir le mot de passe...</translation>
    </message>
    <message>
        <source>%1 — not watched: %2</source>
        <translation>%1 — non surveillée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::TrustCommand</name>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>trust needs one location, such as sftp://pi@logger.local/data.</source>
        <translation>trust attend un emplacement, tel que sftp://pi@logger.local/data.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only the server of a remote location (sftp://...) has a key to trust.</source>
        <translation>%1 est un dossier de cet ordinateur&#xa0;: seul le serveur d’un emplacement distant (sftp://...) a une clé à laquelle faire confiance.</translation>
    </message>
    <message>
        <source>--fingerprint needs a fingerprint as ssh-keygen -lf prints it, such as SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; &quot;%1&quot; is not one.</source>
        <translation>--fingerprint attend une empreinte telle que ssh-keygen -lf l’affiche, par exemple SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s&#xa0;; «&#xa0;%1&#xa0;» n’en est pas une.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is trusted already.</source>
        <translation>La clé d’hôte de %1 (%2 %3) a déjà la confiance.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the key, trust it with:
%1</source>
        <translation>Aucune confiance accordée. Une fois la clé vérifiée, faites-lui confiance avec&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Lui faire confiance&#xa0;? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted. To trust it later:
%1</source>
        <translation>Aucune confiance accordée. Pour lui faire confiance plus tard&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3); it is kept in %4.</source>
        <translation>Confiance accordée à la clé d’hôte de %1 (%2 %3)&#xa0;; elle est gardée dans %4.</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>Aucune confiance accordée.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was trusted.</source>
        <translation>Annulé&#xa0;; aucune confiance accordée.</translation>
    </message>
    <message>
        <source>Trust the key or certificate only if its fingerprint is this one (SHA256:..., as ssh-keygen -lf prints it on the server, or as the refusal of a certificate shows it).</source>
        <translation>Ne faire confiance à la clé ou au certificat que si son empreinte est celle-ci (SHA256:..., telle que ssh-keygen -lf l’affiche sur le serveur, ou telle que le refus d’un certificat l’indique).</translation>
    </message>
    <message>
        <source>Trusts the host key that the server of LOCATION (sftp://...) presents, or the certificate of an encrypted one (davs://...) that the system&apos;s authorities do not vouch for, so that syncs with it can run. With --fingerprint, it is trusted only if it is that one; without, it is shown and, on a terminal, you are asked.

Exit codes: 0 trusted, 2 the server cannot be reached, 3 not trusted (another fingerprint, or not confirmed), 4 bad command line.</source>
        <translation>Fait confiance à la clé d’hôte que présente le serveur de LOCATION (sftp://...), ou au certificat d’un serveur chiffré (davs://...) que les autorités du système ne garantissent pas, afin que les synchronisations avec ce serveur puissent s’exécuter. Avec --fingerprint, la confiance n’est accordée que si l’empreinte est celle-là&#xa0;; sans cette option, l’empreinte est affichée et, dans un terminal, la question vous est posée.

Codes de sortie&#xa0;: 0 confiance accordée, 2 serveur injoignable, 3 confiance non accordée (autre empreinte, ou pas de confirmation), 4 ligne de commande incorrecte.</translation>
    </message>
    <message>
        <source>The server of %1 has no key or certificate to trust: trust is for sftp:// and the encrypted kinds (davs://, ftpes://, ftps://, post+https://).</source>
        <translation>Le serveur de %1 n’a ni clé ni certificat auquel faire confiance&#xa0;: trust concerne sftp:// et les types chiffrés (davs://, ftpes://, ftps://, post+https://).</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is trusted already.</source>
        <translation>Le certificat de %1 (%2) a déjà la confiance.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the certificate, trust it with:
%1</source>
        <translation>Aucune confiance accordée. Une fois le certificat vérifié, faites-lui confiance avec&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2); it is kept in %3.</source>
        <translation>Confiance accordée au certificat de %1 (%2)&#xa0;; il est gardé dans %3.</translation>
    </message>
</context>
<context>
    <name>lts::TrustDialog</name>
    <message>
        <source>Server key changed</source>
        <translation>Clé du serveur modifiée</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Clé de serveur inconnue</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>WARNING: the key of the server %1 has changed</source>
        <translation>ATTENTION&#xa0;: la clé du serveur %1 a changé</translation>
    </message>
    <message>
        <source>The key of the server %1 is not known yet</source>
        <translation>La clé du serveur %1 n’est pas encore connue</translation>
    </message>
    <message>
        <source>The server presents another key than the one trusted before. It may have been reinstalled or given a new key, but someone may also be between you and the server, to read or change your files. Trust the new key only if the server&apos;s administrator confirms that it changed.</source>
        <translation>Le serveur présente une autre clé que celle approuvée auparavant. Il a peut-être été réinstallé ou a reçu une nouvelle clé, mais quelqu’un peut aussi se trouver entre vous et le serveur, pour lire ou modifier vos fichiers. Ne faites confiance à la nouvelle clé que si l’administrateur du serveur confirme qu’elle a changé.</translation>
    </message>
    <message>
        <source>LetThatSyncIn has not connected to this server before, so it cannot be sure that it is the server you mean and not another one in its place. Compare the key&apos;s fingerprint with the one the server itself shows.</source>
        <translation>LetThatSyncIn ne s’est jamais connecté à ce serveur et ne peut donc pas être sûr que c’est bien le serveur voulu et pas un autre à sa place. Comparez l’empreinte de la clé avec celle que le serveur lui-même affiche.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Approuvée avant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Presented now:</source>
        <translation>&amp;Présentée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>To check it, run this on the server, or ask its administrator to; it must print the same fingerprint:</source>
        <translation>Pour la vérifier, exécutez ceci sur le serveur, ou demandez-le à son administrateur&#xa0;; la commande doit afficher la même empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Command that prints the fingerprint on the server</source>
        <translation>Commande qui affiche l’empreinte sur le serveur</translation>
    </message>
    <message>
        <source>Trust the new key only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Ne faites confiance à la nouvelle clé que si l’administrateur confirme son empreinte&#xa0;: LetThatSyncIn synchronise alors les tâches qui l’attendent. Sinon, annulez, et ne synchronisez rien avec ce serveur.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the key: LetThatSyncIn remembers it and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>Si les empreintes sont identiques, faites confiance à la clé&#xa0;: LetThatSyncIn la retient et synchronise les tâches qui l’attendent. Si elles diffèrent, annulez.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Faire &amp;confiance à cette clé</translation>
    </message>
    <message>
        <source>Asking the server for its key…</source>
        <translation>Demande de sa clé au serveur…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another key than the one shown here (%1). Sync the drive again to see the key it presents now, and check that one.</source>
        <translation>Rien n’a été approuvé&#xa0;: le serveur présente maintenant une autre clé que celle affichée ici (%1). Synchronisez la tâche de nouveau pour voir la clé qu’il présente maintenant, et vérifiez celle-là.</translation>
    </message>
    <message>
        <source>Nothing was trusted: %1</source>
        <translation>Rien n’a été approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Certificat du serveur modifié</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Certificat de serveur inconnu</translation>
    </message>
    <message>
        <source>WARNING: the certificate of the server %1 has changed</source>
        <translation>ATTENTION&#xa0;: le certificat du serveur %1 a changé</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not trusted yet</source>
        <translation>Le certificat du serveur %1 n’est pas encore approuvé</translation>
    </message>
    <message>
        <source>The server presents another certificate than the one trusted before. It may have been given a new one, but someone may also be between you and the server, to read or change your files. Trust the new certificate only if the server&apos;s administrator confirms that it changed.</source>
        <translation>Le serveur présente un autre certificat que celui approuvé auparavant. Il en a peut-être reçu un nouveau, mais quelqu’un peut aussi se trouver entre vous et le serveur, pour lire ou modifier vos fichiers. Ne faites confiance au nouveau certificat que si l’administrateur du serveur confirme qu’il a changé.</translation>
    </message>
    <message>
        <source>None of this computer&apos;s certificate authorities vouches for this certificate (a NAS or a server often makes its own), so LetThatSyncIn cannot be sure that it is the server you mean and not another one in its place. Compare the certificate&apos;s fingerprint with the one the server itself shows.</source>
        <translation>Aucune des autorités de certification de cet ordinateur ne garantit ce certificat (un NAS ou un serveur crée souvent le sien), LetThatSyncIn ne peut donc pas être sûr que c’est bien le serveur voulu et pas un autre à sa place. Comparez l’empreinte du certificat avec celle que le serveur lui-même affiche.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>To check it, run this on the server with the file of its certificate, or ask its administrator to; it must print the same fingerprint (with a &quot;=&quot; at its end):</source>
        <translation>Pour le vérifier, exécutez ceci sur le serveur avec le fichier de son certificat, ou demandez-le à son administrateur&#xa0;; la commande doit afficher la même empreinte (avec un «&#xa0;=&#xa0;» à la fin)&#xa0;:</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Ne faites confiance au nouveau certificat que si l’administrateur confirme son empreinte&#xa0;: LetThatSyncIn synchronise alors les tâches qui l’attendent. Sinon, annulez, et ne synchronisez rien avec ce serveur.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the certificate: LetThatSyncIn remembers it for this server and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>Si les empreintes sont identiques, faites confiance au certificat&#xa0;: LetThatSyncIn le retient pour ce serveur et synchronise les tâches qui l’attendent. Si elles diffèrent, annulez.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Faire &amp;confiance à ce certificat</translation>
    </message>
    <message>
        <source>Asking the server for its certificate…</source>
        <translation>Demande de son certificat au serveur…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another certificate than the one shown here (%1). Sync the drive again to see the one it presents now, and check that one.</source>
        <translation>Rien n’a été approuvé&#xa0;: le serveur présente maintenant un autre certificat que celui affiché ici (%1). Synchronisez la tâche de nouveau pour voir celui qu’il présente maintenant, et vérifiez celui-là.</translation>
    </message>
</context>
<context>
    <name>lts::TrustedCertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>its folder cannot be made</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>another program holds %1.lock</source>
        <translation>un autre programme détient %1.lock</translation>
    </message>
</context>
<context>
    <name>lts::Uploader</name>
    <message>
        <source>a link: an upload form takes files only, and links are not sent</source>
        <translation>lien&#xa0;: un formulaire d’envoi ne reçoit que des fichiers, et les liens ne sont pas envoyés</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>modifié pendant l’exécution&#xa0;; conservé dans la source</translation>
    </message>
    <message>
        <source>Cannot open the source folder.</source>
        <translation>Impossible d’ouvrir le dossier source.</translation>
    </message>
    <message>
        <source>it changed in the source after it was sent; kept there</source>
        <translation>modifié dans la source après son envoi&#xa0;; conservé dans la source</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>it changed while it was read; it is sent on the next run</source>
        <translation>modifié pendant sa lecture&#xa0;; il sera envoyé lors de la prochaine exécution</translation>
    </message>
    <message>
        <source>Sent, but cannot remove it from the source: %1</source>
        <translation>Envoyé, mais impossible de le supprimer de la source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lts::VersionStore</name>
    <message>
        <source>&quot;%1&quot; is not a path inside the drive.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un chemin situé dans les dossiers de la tâche.</translation>
    </message>
    <message>
        <source>There is no version of %1 kept at %2.</source>
        <translation>Il n&apos;existe aucune version de %1 conservée le %2.</translation>
    </message>
    <message>
        <source>Cannot make the folder to restore into: %1</source>
        <translation>Impossible de créer le dossier de restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Impossible de restaurer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lts::VersionTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>lts::VersionsWindow</name>
    <message>
        <source>Overwritten</source>
        <translation>Écrasé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps no versions now (Keep versions is off in its settings); the ones kept before are listed here.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» ne conserve plus de versions (l&apos;option «&#xa0;Conserver les versions&#xa0;» est désactivée dans ses paramètres)&#xa0;; celles conservées auparavant sont listées ici.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Filtrer par nom ou par dossier</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <source>Restore into the &amp;source</source>
        <translation>Restaurer dans la &amp;source</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the source folder, where the next sync takes them to the target again</source>
        <translation>Recopier les versions choisies dans le dossier source&#xa0;; la prochaine synchronisation les copiera de nouveau vers la destination</translation>
    </message>
    <message>
        <source>Restore into the &amp;target</source>
        <translation>Restaurer dans la &amp;destination</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the target folder</source>
        <translation>Recopier les versions choisies dans le dossier de destination</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the chosen version in the file manager</source>
        <translation>Afficher la version choisie dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The versions cannot be read: %1</source>
        <translation>Impossible de lire les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>No versions are kept: no sync of this drive has overwritten or deleted a file yet.</source>
        <translation>Aucune version n&apos;est conservée&#xa0;: aucune synchronisation de cette tâche n&apos;a encore écrasé ni supprimé de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept.</source>
        <translation>
            <numerusform>%n version conservée.</numerusform>
            <numerusform>%n versions conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>Lecture des versions…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restored into the source: %1</source>
        <translation>Restauration réussie dans la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored into the target: %1</source>
        <translation>Restauration réussie dans la destination&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Échec de la restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>A mirror keeps the target like the source: the next sync takes these files away again (and keeps them as versions). Restore into the source to keep them.</source>
        <translation>En mode Miroir, la destination reste identique à la source&#xa0;: la prochaine synchronisation supprimera de nouveau ces fichiers (et les conservera comme versions). Restaurez-les dans la source pour les garder.</translation>
    </message>
    <message>
        <source>The files that syncs of &quot;%1&quot; overwrote or deleted in its target are kept for %2. Choose files and put them back; nothing is overwritten: a file restored where another stands comes back beside it.</source>
        <translation>Les fichiers que les synchronisations de «&#xa0;%1&#xa0;» ont écrasés ou supprimés dans sa destination sont conservés pendant %2. Choisissez des fichiers et restaurez-les&#xa0;; rien n’est écrasé&#xa0;: un fichier restauré là où un autre se trouve revient à côté de celui-ci.</translation>
    </message>
</context>
<context>
    <name>lts::VolumeIdentity</name>
    <message>
        <source>Cannot record the volume identity in %1: %2</source>
        <translation>Impossible d&apos;enregistrer l&apos;identité du volume dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The source folder is not on the disk it was on at the last run.</source>
        <translation>Le dossier source ne se trouve plus sur le disque où il était lors de la dernière exécution.</translation>
    </message>
    <message>
        <source>The target folder is not on the disk it was on at the last run. Is the backup disk plugged in?</source>
        <translation>Le dossier de destination ne se trouve plus sur le disque où il était lors de la dernière exécution. Le disque de sauvegarde est-il branché&#xa0;?</translation>
    </message>
    <message>
        <source>The target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted?</source>
        <translation>Le dossier de destination n&apos;est pas celui synchronisé auparavant (son marqueur dans .letthatsyncin a disparu). Le disque de sauvegarde est-il monté&#xa0;?</translation>
    </message>
</context>
<context>
    <name>lts::WatchReasons</name>
    <message>
        <source>Too many folders for inotify (%1 watched, the system allows no more): raise fs.inotify.max_user_watches, e.g. sudo sysctl fs.inotify.max_user_watches=%2; until then the drive syncs at its interval.</source>
        <translation>Trop de dossiers pour inotify (%1 surveillés, le système n’en permet pas plus)&#xa0;: augmentez fs.inotify.max_user_watches, par exemple sudo sysctl fs.inotify.max_user_watches=%2&#xa0;; d’ici là, la tâche se synchronise à son intervalle.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2), which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 est sur un système de fichiers réseau (%2), qui ne signale pas les changements&#xa0;: la tâche se synchronise à son intervalle.</translation>
    </message>
    <message>
        <source>Cannot watch %1 (%2): the drive syncs at its interval.</source>
        <translation>Impossible de surveiller %1 (%2)&#xa0;: la tâche se synchronise à son intervalle.</translation>
    </message>
</context>
<context>
    <name>lts::WindowsWatcher</name>
    <message>
        <source>a network share</source>
        <translation>un partage réseau</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
</context>
</TS>
