<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Location</name>
    <message>
        <source>%1 presents no certificate to trust.</source>
        <translation>%1 legt kein Zertifikat vor, dem man vertrauen kann.</translation>
    </message>
    <message>
        <source>The server presents the certificate %1, not %2</source>
        <translation>Der Server zeigt das Zertifikat %1, nicht %2</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers is not installed (%1 was not found).</source>
        <translation>Der Teil von LetThatSyncIn, der SFTP- und FTP-Server erreicht, ist nicht installiert (%1 wurde nicht gefunden).</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers does not load: %1</source>
        <translation>Der Teil von LetThatSyncIn, der SFTP- und FTP-Server erreicht, lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>This build of LetThatSyncIn has no SFTP or FTP.</source>
        <translation>Diese Ausgabe von LetThatSyncIn kann weder SFTP noch FTP.</translation>
    </message>
</context>
<context>
    <name>Rclone</name>
    <message>
        <source>rclone is not installed: install the package rclone</source>
        <translation>rclone ist nicht installiert: Installieren Sie das Paket rclone</translation>
    </message>
    <message>
        <source>rclone rcd did not start: %1</source>
        <translation>rclone rcd ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>Die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Cannot find the server (%1)</source>
        <translation>Der Server wurde nicht gefunden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The server offers no SFTP (%1)</source>
        <translation>Der Server bietet kein SFTP an (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s host key changed: it was %1 and is now %2. Trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>Der Host-Schlüssel des Servers hat sich geändert: Er war %1 und ist jetzt %2. Vertrauen Sie dem neuen Schlüssel nur, wenn der Administrator des Servers ihn bestätigt.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>ein anderer Schlüssel</translation>
    </message>
    <message>
        <source>The server&apos;s host key %1 is not trusted yet</source>
        <translation>Dem Host-Schlüssel %1 des Servers wird noch nicht vertraut</translation>
    </message>
    <message>
        <source>The server presents the host key %1, not %2</source>
        <translation>Der Server zeigt den Host-Schlüssel %1, nicht %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server refused (SFTP status %1)</source>
        <translation>Der Server hat abgelehnt (SFTP-Status %1)</translation>
    </message>
    <message>
        <source>The connection was lost and could not be made again (%1)</source>
        <translation>Die Verbindung wurde unterbrochen und konnte nicht wiederhergestellt werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot find the server: the name lookup did not answer within %n seconds</source>
        <translation>
            <numerusform>Der Server wurde nicht gefunden: Die Namensauflösung hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>Der Server wurde nicht gefunden: Die Namensauflösung hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase given for the key %1 does not open it.</source>
        <translation>Die angegebene Passphrase öffnet den Schlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>The key %1 has a passphrase, and none is stored for it.</source>
        <translation>Der Schlüssel %1 hat eine Passphrase, und für ihn ist keine gespeichert.</translation>
    </message>
    <message>
        <source>The server asked questions that only a person can answer (&quot;%1&quot;): run the sync on a terminal to answer them.</source>
        <translation>Der Server hat Fragen gestellt, die nur ein Mensch beantworten kann („%1“): Starten Sie die Synchronisation auf einem Terminal, um sie zu beantworten.</translation>
    </message>
    <message>
        <source>Nobody answered the server&apos;s questions.</source>
        <translation>Niemand hat die Fragen des Servers beantwortet.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with every key and password tried.</source>
        <translation>Der Server hat die Anmeldung von %1 mit allen versuchten Schlüsseln und Passwörtern abgelehnt.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server&apos;s SFTP answer makes no sense (%1)</source>
        <translation>Die SFTP-Antwort des Servers ergibt keinen Sinn (%1)</translation>
    </message>
    <message>
        <source>The server refused the answers given to its questions.</source>
        <translation>Der Server hat die Antworten auf seine Fragen abgelehnt.</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>Der Server verlangt eine Anmeldung, aber der Ort nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Der Server hat die Anmeldung von %1 mit dem gespeicherten Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>The server failed to take the file (%1)</source>
        <translation>Der Server konnte die Datei nicht annehmen (%1)</translation>
    </message>
    <message>
        <source>The form refused the file (%1)</source>
        <translation>Das Formular hat die Datei abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Der Upload kann nicht in einer temporären Datei dieses Computers zwischengespeichert werden (%1)</translation>
    </message>
    <message>
        <source>An upload form only takes files: it cannot be listed, and nothing in it can be read, renamed or removed</source>
        <translation>Ein Upload-Formular nimmt nur Dateien an: Es kann nicht aufgelistet werden, und darin kann nichts gelesen, umbenannt oder entfernt werden</translation>
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation>Der Server hat kein Zertifikat vorgelegt</translation>
    </message>
</context>
<context>
    <name>WebDav</name>
    <message>
        <source>The server&apos;s answer is not a WebDAV listing (%1)</source>
        <translation>Die Antwort des Servers ist keine WebDAV-Ordnerliste (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) is not one the system&apos;s authorities vouch for: %2</source>
        <translation>Für das Zertifikat des Servers (%1) bürgt keine Zertifizierungsstelle des Systems: %2</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Der Server hat die Anmeldung von %1 mit dem gespeicherten Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>Der Server verlangt eine Anmeldung, aber der Ort nennt keinen Benutzer.</translation>
    </message>
    <message>
        <source>The server is not available</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Der Upload kann nicht in einer temporären Datei dieses Computers zwischengespeichert werden (%1)</translation>
    </message>
    <message>
        <source>The server does not tell its free space</source>
        <translation>Der Server gibt seinen freien Speicherplatz nicht an</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it was %1 and is now %2. Trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>Das Zertifikat des Servers hat sich geändert: Es war %1 und ist jetzt %2. Vertrauen Sie dem neuen nur, wenn der Administrator des Servers es bestätigt.</translation>
    </message>
    <message>
        <source>The connection was lost in the middle of the upload</source>
        <translation>Die Verbindung ging mitten im Hochladen verloren</translation>
    </message>
    <message>
        <source>The server still holds the name for an upload that lost its connection (HTTP 423 Locked)</source>
        <translation>Der Server hält den Namen noch für ein Hochladen fest, dessen Verbindung verloren ging (HTTP 423 Locked)</translation>
    </message>
    <message>
        <source>The file changed while it was sent (%1 bytes announced, %2 given)</source>
        <translation>Die Datei hat sich beim Senden geändert (%1 Bytes angekündigt, %2 geliefert)</translation>
    </message>
</context>
<context>
    <name>lts</name>
    <message>
        <source>it is not made out to %1</source>
        <translation>es ist nicht auf %1 ausgestellt</translation>
    </message>
    <message>
        <source>rclone takes only names in UTF-8; this one is not</source>
        <translation>rclone nimmt nur Namen in UTF-8 an; dieser ist nicht in UTF-8</translation>
    </message>
    <message>
        <source>rclone has no remote named &quot;%1&quot; in its configuration %2: add it with &quot;rclone config&quot;.</source>
        <translation>rclone hat in seiner Konfiguration %2 kein Remote namens „%1“: Fügen Sie es mit „rclone config“ hinzu.</translation>
    </message>
</context>
<context>
    <name>lts::ApiClient</name>
    <message>
        <source>LetThatSyncIn is not running (nothing answers on %1).</source>
        <translation>LetThatSyncIn läuft nicht (unter %1 antwortet nichts).</translation>
    </message>
    <message>
        <source>The running LetThatSyncIn refused the connection: %1</source>
        <translation>Das laufende LetThatSyncIn hat die Verbindung abgewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>LetThatSyncIn did not answer within %n second(s).</source>
        <translation>
            <numerusform>LetThatSyncIn hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>LetThatSyncIn hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>What listens on %1 is not your LetThatSyncIn: it belongs to another user, so neither your request nor your token was sent to it.</source>
        <translation>Was auf %1 lauscht, ist nicht Ihr LetThatSyncIn: Es gehört einem anderen Benutzer; weder Ihre Anfrage noch Ihr Token wurde daher gesendet.</translation>
    </message>
</context>
<context>
    <name>lts::ApiServer</name>
    <message>
        <source>The WebSocket server does not start on %1: that address can be reached from other computers, which needs the RequireToken setting on. Turn RequireToken on, or listen on 127.0.0.1.</source>
        <translation>Der WebSocket-Server startet nicht auf %1: Diese Adresse ist von anderen Computern aus erreichbar, wofür die Einstellung RequireToken eingeschaltet sein muss. Schalten Sie RequireToken ein oder lassen Sie den Server auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The WebSocket server does not start: RequireToken is on, and the API token could not be read.</source>
        <translation>Der WebSocket-Server startet nicht: RequireToken ist eingeschaltet, und das API-Token konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address the WebSocket server can listen on, so it is off. Use an address such as 127.0.0.1 in the settings or with --ws-address.</source>
        <translation>„%1“ ist keine IP-Adresse, auf der der WebSocket-Server lauschen kann; er ist daher ausgeschaltet. Verwenden Sie eine Adresse wie 127.0.0.1 in den Einstellungen oder mit --ws-address.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already used by another program, so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>Port %1 auf %2 wird bereits von einem anderen Programm verwendet; der WebSocket-Server ist daher ausgeschaltet. Wählen Sie einen anderen Port in den Einstellungen oder mit --ws-port.</translation>
    </message>
    <message>
        <source>The system does not let LetThatSyncIn listen on port %1 (ports below 1024 need administrator rights), so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>Das System erlaubt LetThatSyncIn nicht, auf Port %1 zu lauschen (Ports unter 1024 erfordern Administratorrechte); der WebSocket-Server ist daher ausgeschaltet. Wählen Sie einen anderen Port in den Einstellungen oder mit --ws-port.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the WebSocket server is off. Choose another address in the settings or with --ws-address.</source>
        <translation>%1 ist keine Adresse dieses Computers; der WebSocket-Server ist daher ausgeschaltet. Wählen Sie eine andere Adresse in den Einstellungen oder mit --ws-address.</translation>
    </message>
    <message>
        <source>The WebSocket server cannot listen on %1 (%2), so it is off.</source>
        <translation>Der WebSocket-Server kann nicht auf %1 lauschen (%2); er ist daher ausgeschaltet.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): command-line clients will look for the server at the address and port of the settings.</source>
        <translation>%1 kann nicht geschrieben werden (%2): Befehlszeilenprogramme suchen den Server unter der Adresse und dem Port aus den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>lts::ApiService</name>
    <message>
        <source>The WebSocket server is not running: %1</source>
        <translation>Der WebSocket-Server läuft nicht: %1</translation>
    </message>
    <message>
        <source>The WebSocket server is off (WebSocketPort 0).</source>
        <translation>Der WebSocket-Server ist abgeschaltet (WebSocketPort 0).</translation>
    </message>
    <message>
        <source>Scripts can connect to ws://%1:%2.</source>
        <translation>Skripte können sich mit ws://%1:%2 verbinden.</translation>
    </message>
    <message>
        <source>A new API token was made: scripts using the old one are refused.</source>
        <translation>Ein neues API-Token wurde erstellt: Skripte, die noch das alte verwenden, werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>lts::ApiToken</name>
    <message>
        <source>The API token file %1 cannot be read (%2). Make it readable by its owner (chmod 600), or remove it to have a new one made at the next start.</source>
        <translation>Die API-Token-Datei %1 kann nicht gelesen werden (%2). Machen Sie sie für ihren Eigentümer lesbar (chmod 600), oder entfernen Sie sie, damit beim nächsten Start eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>The API token file %1 is not a regular file. Remove it to have a new one made at the next start.</source>
        <translation>Die API-Token-Datei %1 ist keine reguläre Datei. Entfernen Sie sie, damit beim nächsten Start eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (one line of letters, digits and punctuation, without spaces). Remove it to have a new one made at the next start.</source>
        <translation>Die API-Token-Datei %1 enthält kein Token (eine Zeile aus Buchstaben, Ziffern und Satzzeichen, ohne Leerzeichen). Entfernen Sie sie, damit beim nächsten Start eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>The API token cannot be saved in %1 (%2).</source>
        <translation>Das API-Token kann nicht in %1 gespeichert werden (%2).</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The API token file %1 belongs to another user, who may have chosen the token. Remove it to have a new one made at the next start.</source>
        <translation>Die API-Token-Datei %1 gehört einem anderen Benutzer, der das Token gewählt haben könnte. Entfernen Sie sie, damit beim nächsten Start eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it readable by you only (chmod 600).</source>
        <translation>Die API-Token-Datei %1 kann von anderen Benutzern gelesen werden (Berechtigungen %2) und hindert diese daher nicht mehr daran, LetThatSyncIn zu steuern. Entfernen Sie sie, damit beim nächsten Start eine neue angelegt wird, oder machen Sie sie nur für sich selbst lesbar (chmod 600).</translation>
    </message>
</context>
<context>
    <name>lts::Autostart</name>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: %1 cannot be written (%2).</source>
        <translation>LetThatSyncIn kann nicht für den Start bei der Anmeldung eingerichtet werden: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>der zugehörige Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: the registry value %1 cannot be written.</source>
        <translation>LetThatSyncIn kann nicht für den Start bei der Anmeldung eingerichtet werden: Der Registrierungswert %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: the registry value %1 cannot be removed.</source>
        <translation>LetThatSyncIn startet weiterhin bei der Anmeldung: Der Registrierungswert %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 was not made by LetThatSyncIn, so it is left as it is. Remove it to stop LetThatSyncIn from starting when you log in.</source>
        <translation>%1 wurde nicht von LetThatSyncIn angelegt und bleibt daher unverändert. Entfernen Sie die Datei, damit LetThatSyncIn nicht mehr bei der Anmeldung startet.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: %1 cannot be removed (%2).</source>
        <translation>LetThatSyncIn startet weiterhin bei der Anmeldung: %1 kann nicht entfernt werden (%2).</translation>
    </message>
</context>
<context>
    <name>lts::AvailabilityProber</name>
    <message numerus="yes">
        <source>The source %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Die Quelle %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Die Quelle %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Das Ziel %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Das Ziel %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Ordner %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Ordner %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::Caller</name>
    <message>
        <source>not tried again after: %1</source>
        <translation>nicht erneut versucht nach: %1</translation>
    </message>
    <message>
        <source>rclone did not answer within %1 seconds</source>
        <translation>rclone hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>rclone&apos;s daemon does not answer (%1)</source>
        <translation>der Dienst von rclone antwortet nicht (%1)</translation>
    </message>
    <message>
        <source>rclone made no progress within %1 seconds</source>
        <translation>rclone ist in %1 Sekunden nicht vorangekommen</translation>
    </message>
</context>
<context>
    <name>lts::CommandLine</name>
    <message>
        <source>Folder of config.json (default: %1).</source>
        <translation>Ordner der config.json (Standard: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Folder of the run state, history and logs (default: %1).</source>
        <translation>Ordner für Laufzustand, Verlauf und Protokolle (Standard: %1).</translation>
    </message>
    <message>
        <source>Address the WebSocket server listens on, instead of the WebSocketAddress setting.</source>
        <translation>Adresse, auf der der WebSocket-Server lauscht, statt der Einstellung WebSocketAddress.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it off.</source>
        <translation>Port des WebSocket-Servers, statt der Einstellung WebSocketPort; 0 schaltet ihn ab.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print the configured drives.</source>
        <translation>Die konfigurierten Sync-Aufträge ausgeben.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>„list“ erwartet keine Argumente, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>--ws-address needs an IP address such as 127.0.0.1, or localhost; &quot;%1&quot; is not one.</source>
        <translation>--ws-address erwartet eine IP-Adresse wie 127.0.0.1 oder localhost; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>--ws-port needs a port number from 0 to 65535 (0 turns the server off); &quot;%1&quot; is not one.</source>
        <translation>--ws-port erwartet eine Portnummer von 0 bis 65535 (0 schaltet den Server ab); „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Sync once.</source>
        <translation>Einmal synchronisieren.</translation>
    </message>
    <message>
        <source>Run the drives on their schedule without a display (as a service), until SIGTERM or Ctrl+C.</source>
        <translation>Die Sync-Aufträge nach ihrem Zeitplan ohne Bildschirm (als Dienst) ausführen, bis SIGTERM oder Strg+C.</translation>
    </message>
    <message>
        <source>--headless runs the schedule and takes no command, but got &quot;%1&quot;.</source>
        <translation>--headless führt den Zeitplan aus und nimmt keinen Befehl an, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>Print the state of the drives.</source>
        <translation>Den Zustand der Sync-Aufträge ausgeben.</translation>
    </message>
    <message>
        <source>Send one request.</source>
        <translation>Eine Anfrage senden.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>„status“ erwartet keine Argumente, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>&quot;send&quot; takes one request in JSON, such as &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</source>
        <translation>„send“ erwartet eine Anfrage in JSON, etwa &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</translation>
    </message>
    <message>
        <source>Store a server&apos;s password.</source>
        <translation>Das Passwort eines Servers speichern.</translation>
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
        <translation>LetThatSyncIn hält Ordner nach einem Zeitplan synchron.

Befehle:
  list                Die konfigurierten Sync-Aufträge als Tabelle ausgeben.
  status              Das laufende LetThatSyncIn nach dem Zustand seiner Sync-Aufträge fragen.
  send JSON           Eine Anfrage des Protokolls senden und die Antwort ausgeben.
  sync SOURCE TARGET  SOURCE einmal sofort nach TARGET synchronisieren (siehe sync --help).
  sync --drive NAME   Einen konfigurierten Sync-Auftrag einmal sofort synchronisieren.
  trust LOCATION      Dem Host-Schlüssel oder Zertifikat eines Servers vertrauen (siehe trust --help).
  password LOCATION   Das Passwort eines Servers speichern (siehe password --help).</translation>
    </message>
    <message>
        <source>Trust a server&apos;s host key or certificate.</source>
        <translation>Dem Host-Schlüssel oder Zertifikat eines Servers vertrauen.</translation>
    </message>
    <message>
        <source>This executable runs commands only: the tray is started by letthatsyncin without a command.</source>
        <translation>Diese Programmdatei führt nur Befehle aus: Die Anwendung im Infobereich wird mit letthatsyncin ohne Befehl gestartet.</translation>
    </message>
</context>
<context>
    <name>lts::ConfigStore</name>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON (%2 at character %3); no drive could be read from it.</source>
        <translation>Die Konfigurationsdatei %1 ist kein gültiges JSON (%2 bei Zeichen %3); es konnte kein Sync-Auftrag daraus gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold a JSON object; no drive could be read from it.</source>
        <translation>Die Konfigurationsdatei %1 muss ein JSON-Objekt enthalten; es konnte kein Sync-Auftrag daraus gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 was written by a newer version of LetThatSyncIn (format %2; this version reads format %3). It was left untouched: update LetThatSyncIn to use it.</source>
        <translation>Die Konfigurationsdatei %1 wurde von einer neueren Version von LetThatSyncIn geschrieben (Format %2; diese Version liest Format %3). Sie wurde nicht verändert: Aktualisieren Sie LetThatSyncIn, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The configuration file&apos;s Version must be %1; reading it as version %1.</source>
        <translation>Version in der Konfigurationsdatei muss %1 sein; sie wird als Version %1 gelesen.</translation>
    </message>
    <message>
        <source>Settings must be a JSON object; using the defaults.</source>
        <translation>Settings muss ein JSON-Objekt sein; die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>Drives must be a list of drives; no drive could be read.</source>
        <translation>Drives muss eine Liste von Sync-Aufträgen sein; es konnte kein Sync-Auftrag gelesen werden.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Drive %1 was left out: %2</source>
        <translation>Sync-Auftrag %1 wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <source>Drive %1: %2</source>
        <translation>Sync-Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the configuration to %1: %2. The previous file is unchanged.</source>
        <translation>Die Konfiguration kann nicht in %1 gespeichert werden: %2. Die bisherige Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unusable configuration file as %1, so it was not overwritten.</source>
        <translation>Von der unbrauchbaren Konfigurationsdatei kann keine Kopie unter %1 angelegt werden, daher wurde sie nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialFiles</name>
    <message>
        <source>The password for %1 cannot be kept in %2: its name is too long for a file.</source>
        <translation>Das Passwort für %1 kann nicht in %2 aufbewahrt werden: sein Name ist für eine Datei zu lang.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be read from %2: %3.</source>
        <translation>Das Passwort für %1 kann nicht aus %2 gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The password for %1 is not used: other users may read or change its file %2. Make the file yours alone (chmod 600 %2) and check who else has seen it.</source>
        <translation>Das Passwort für %1 wird nicht verwendet: andere Benutzer können seine Datei %2 lesen oder ändern. Machen Sie die Datei nur für sich zugänglich (chmod 600 %2) und prüfen Sie, wer sie sonst gesehen hat.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored: %2</source>
        <translation>Das Passwort für %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored in %2: %3.</source>
        <translation>Das Passwort für %1 kann nicht in %2 gespeichert werden: %3.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be removed from %2: %3.</source>
        <translation>Das Passwort für %1 kann nicht aus %2 entfernt werden: %3.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) about the password for %1.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat auf die Frage nach dem Passwort für %1 nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat auf die Frage nach dem Passwort für %1 nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give the password for %1: %2</source>
        <translation>Der Schlüsselbund hat das Passwort für %1 nicht herausgegeben: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store the password for %1: %2</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The password for %1 is given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=), which hides any other: change it there.</source>
        <translation>Das Passwort für %1 kommt aus dem Dienst-Credential %2 (LoadCredential= von systemd), das jedes andere verdeckt: ändern Sie es dort.</translation>
    </message>
    <message>
        <source>The password may still be stored there.</source>
        <translation>Das Passwort ist dort möglicherweise noch gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused to remove the password for %1: %2</source>
        <translation>Der Schlüsselbund hat das Entfernen des Passworts für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The password for %1 is still given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=): remove it there.</source>
        <translation>Das Passwort für %1 kommt weiterhin aus dem Dienst-Credential %2 (LoadCredential= von systemd): entfernen Sie es dort.</translation>
    </message>
</context>
<context>
    <name>lts::DriveChains</name>
    <message>
        <source>The drive &quot;%1&quot; cannot run after itself.</source>
        <translation>Der Sync-Auftrag „%1“ kann nicht nach sich selbst laufen.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; for &quot;%2&quot; to run after.</source>
        <translation>Es gibt keinen Sync-Auftrag „%1“, nach dem „%2“ laufen könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run after &quot;%2&quot;: the chain would go round in a circle (%3).</source>
        <translation>„%1“ kann nicht nach „%2“ laufen: Die Kette würde sich im Kreis drehen (%3).</translation>
    </message>
    <message>
        <source>%1 It runs on its own schedule only.</source>
        <translation>%1 Es läuft nur noch nach seinem eigenen Zeitplan.</translation>
    </message>
</context>
<context>
    <name>lts::DriveCodec</name>
    <message>
        <source>A drive must be a JSON object.</source>
        <translation>Ein Sync-Auftrag muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation>Der Name muss ein Text sein.</translation>
    </message>
    <message>
        <source>The source must be a folder path, as text.</source>
        <translation>Die Quelle muss ein Ordnerpfad als Text sein.</translation>
    </message>
    <message>
        <source>The target must be a folder path, as text.</source>
        <translation>Das Ziel muss ein Ordnerpfad als Text sein.</translation>
    </message>
    <message>
        <source>Sleep must be a positive number; the drive runs every 1 day.</source>
        <translation>Sleep muss eine positive Zahl sein; der Sync-Auftrag wird täglich ausgeführt.</translation>
    </message>
    <message>
        <source>Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day.</source>
        <translation>Units muss Seconds, Minutes, Hours oder Days sein; der Sync-Auftrag wird täglich ausgeführt.</translation>
    </message>
    <message>
        <source>Mode must be Mirror, Update or Move; using Mirror.</source>
        <translation>Mode muss Mirror, Update oder Move sein; Mirror wird verwendet.</translation>
    </message>
    <message>
        <source>Enabled must be true or false; using true.</source>
        <translation>Enabled muss true oder false sein; true wird verwendet.</translation>
    </message>
    <message>
        <source>Exclude must be a list of patterns, as text; nothing is excluded.</source>
        <translation>Exclude muss eine Liste von Mustern als Text sein; es wird nichts ausgeschlossen.</translation>
    </message>
    <message>
        <source>Hidden must be true or false; hidden files are synced.</source>
        <translation>Hidden muss true oder false sein; versteckte Dateien werden synchronisiert.</translation>
    </message>
    <message>
        <source>No drive was given.</source>
        <translation>Es wurde kein Sync-Auftrag angegeben.</translation>
    </message>
    <message>
        <source>Versions must be a number of days from 0 to 3650; old versions are kept for 30 days.</source>
        <translation>Versions muss eine Anzahl Tage von 0 bis 3650 sein; alte Versionen werden 30 Tage lang aufbewahrt.</translation>
    </message>
    <message>
        <source>Upload must be an object such as {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}; the form gets the file in the field &quot;file&quot; and no other field.</source>
        <translation>Upload muss ein Objekt sein, etwa {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}; das Formular erhält die Datei im Feld „file“ und kein weiteres Feld.</translation>
    </message>
    <message>
        <source>Upload&apos;s FileField must be the name of the form&apos;s file field, as text; using &quot;file&quot;.</source>
        <translation>FileField in Upload muss der Name des Dateifelds des Formulars als Text sein; „file“ wird verwendet.</translation>
    </message>
    <message>
        <source>Upload&apos;s Fields must be an object of text values, such as {&quot;email&quot;: &quot;me@example.org&quot;}; no other field is sent.</source>
        <translation>Fields in Upload muss ein Objekt mit Textwerten sein, etwa {&quot;email&quot;: &quot;me@example.org&quot;}; es wird kein weiteres Feld gesendet.</translation>
    </message>
    <message>
        <source>After must be the name of another drive, as text, or null.</source>
        <translation>After muss der Name eines anderen Sync-Auftrags sein, als Text, oder null.</translation>
    </message>
    <message>
        <source>Watch must be true or false; the drive runs at its interval only.</source>
        <translation>Watch muss true oder false sein; der Sync-Auftrag läuft nur in seinem Intervall.</translation>
    </message>
</context>
<context>
    <name>lts::DriveEditorDialog</name>
    <message>
        <source>Add drive</source>
        <translation>Sync-Auftrag hinzufügen</translation>
    </message>
    <message>
        <source>Edit drive %1</source>
        <translation>Sync-Auftrag „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>The folder to copy from</source>
        <translation>Der Ordner, aus dem kopiert wird</translation>
    </message>
    <message>
        <source>Choose the folder to copy from</source>
        <translation>Quellordner auswählen</translation>
    </message>
    <message>
        <source>The folder to copy to; created by the first run</source>
        <translation>Der Ordner, in den kopiert wird; wird beim ersten Durchlauf angelegt</translation>
    </message>
    <message>
        <source>Choose the folder to copy to</source>
        <translation>Zielordner auswählen</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Files and folders matching these patterns are not synced, and never deleted from the target: *.tmp, cache/, **/Thumbs.db</source>
        <translation>Dateien und Ordner, die auf diese Muster passen, werden nicht synchronisiert und nie aus dem Ziel gelöscht: *.tmp, cache/, **/Thumbs.db</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Temporäre Dateien</translation>
    </message>
    <message>
        <source>System files</source>
        <translation>Systemdateien</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>Versteckte Dateien und Ordner einbeziehen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>Aus&amp;schließen:</translation>
    </message>
    <message>
        <source>&amp;Keep versions (days):</source>
        <translation>&amp;Versionen aufbewahren (Tage):</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Compare the folders and list what a run would copy, update and delete, without changing anything.</source>
        <translation>Vergleicht die Ordner und listet auf, was ein Durchlauf kopieren, aktualisieren und löschen würde, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Choose an interval from 1 second to 366 days.</source>
        <translation>Wählen Sie ein Intervall zwischen 1 Sekunde und 366 Tagen.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; no longer exists: it was removed while this window was open.</source>
        <translation>Der Sync-Auftrag „%1“ existiert nicht mehr: Er wurde entfernt, während dieses Fenster geöffnet war.</translation>
    </message>
    <message>
        <source>Makes the target an exact copy: files removed from the source are removed from the target too.</source>
        <translation>Macht das Ziel zu einer exakten Kopie: Dateien, die aus der Quelle entfernt wurden, werden auch aus dem Ziel entfernt.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, and never deletes anything there.</source>
        <translation>Kopiert neue und geänderte Dateien ins Ziel und löscht dort nie etwas.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, then removes them from the source. The source folder itself is kept.</source>
        <translation>Kopiert neue und geänderte Dateien ins Ziel und entfernt sie danach aus der Quelle. Der Quellordner selbst bleibt erhalten.</translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are not kept.</source>
        <translation>Dateien, die ein Durchlauf im Ziel überschreibt oder löscht, werden nicht aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Files that a run overwrites or deletes in the target are kept for %n day(s), in its .letthatsyncin/versions folder.</source>
        <translation>
            <numerusform>Dateien, die ein Durchlauf im Ziel überschreibt oder löscht, werden %n Tag lang im Ordner .letthatsyncin/versions des Ziels aufbewahrt.</numerusform>
            <numerusform>Dateien, die ein Durchlauf im Ziel überschreibt oder löscht, werden %n Tage lang im Ordner .letthatsyncin/versions des Ziels aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are kept for %1 days, in its .letthatsyncin/versions folder.</source>
        <translation>Dateien, die ein Durchlauf im Ziel überschreibt oder löscht, werden %1 Tage lang im Ordner .letthatsyncin/versions des Ziels aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Mirror would delete %n file(s) here that are not in the source. Preview… lists them.</source>
        <translation>
            <numerusform>Spiegeln würde hier %n Datei löschen, die nicht in der Quelle ist. „Vorschau …“ listet sie auf.</numerusform>
            <numerusform>Spiegeln würde hier %n Dateien löschen, die nicht in der Quelle sind. „Vorschau …“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>Sekunde</numerusform>
            <numerusform>Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Source on a server</source>
        <translation>Quelle auf einem Server</translation>
    </message>
    <message>
        <source>Target on a server</source>
        <translation>Ziel auf einem Server</translation>
    </message>
    <message>
        <source>Runs this drive right after the chosen drive&apos;s run went through (Success or Partial), besides its own schedule: a chain such as logger → cloud → card. Not after a failed run: the files wait.</source>
        <translation>Führt diesen Sync-Auftrag direkt aus, nachdem ein Lauf des gewählten Sync-Auftrags durchgegangen ist (Erfolg oder Teilweise), zusätzlich zu seinem eigenen Zeitplan: eine Kette wie Logger → Cloud → Karte. Nicht nach einem fehlgeschlagenen Lauf: Die Dateien warten.</translation>
    </message>
    <message>
        <source>Also run &amp;after:</source>
        <translation>&amp;Auch ausführen nach:</translation>
    </message>
    <message>
        <source>No other drive</source>
        <translation>Kein anderer Sync-Auftrag</translation>
    </message>
    <message>
        <source>S&amp;ync as soon as files change</source>
        <translation>Sofort s&amp;ynchronisieren, wenn sich Dateien ändern</translation>
    </message>
    <message>
        <source>The drive also runs a moment after something changes in the source, and looks only at what changed. Sources on a network share or a server sync at the interval.</source>
        <translation>Der Sync-Auftrag läuft außerdem kurz nachdem sich in der Quelle etwas ändert, und betrachtet nur, was sich geändert hat. Quellen auf einer Netzwerkfreigabe oder einem Server werden im Intervall synchronisiert.</translation>
    </message>
</context>
<context>
    <name>lts::DriveRegistry</name>
    <message>
        <source>There is no drive &quot;%1&quot;.</source>
        <translation>Es gibt keinen Sync-Auftrag „%1“.</translation>
    </message>
    <message>
        <source>The configuration file could not be read whole; it was kept as %1.</source>
        <translation>Die Konfigurationsdatei konnte nicht vollständig gelesen werden; sie wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Added the drive &quot;%1&quot;.</source>
        <translation>Sync-Auftrag „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed the drive &quot;%1&quot;; no file was touched.</source>
        <translation>Sync-Auftrag „%1“ entfernt; keine Datei wurde verändert.</translation>
    </message>
    <message>
        <source>%1 was removed; the drives stay as they are and are written back at the next change.</source>
        <translation>%1 wurde entfernt; die Sync-Aufträge bleiben unverändert und werden bei der nächsten Änderung wieder in die Datei geschrieben.</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored: %2</source>
        <translation>Die Änderungen an %1 wurden ignoriert: %2</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored until the file is fixed; the drives stay as they were.</source>
        <translation>Die Änderungen an %1 werden ignoriert, bis die Datei korrigiert ist; die Sync-Aufträge bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Read the changes to %1.</source>
        <translation>Die Änderungen an %1 wurden eingelesen.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; ran after &quot;%2&quot;, which was removed: it runs on its own schedule now.</source>
        <translation>Der Sync-Auftrag „%1“ lief nach „%2“, der entfernt wurde: Er läuft jetzt nach seinem eigenen Zeitplan.</translation>
    </message>
</context>
<context>
    <name>lts::DriveStats</name>
    <message>
        <source>Cannot write the speed test file in %1: %2</source>
        <translation>Die Datei für den Geschwindigkeitstest kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The speed test could not write to %1: %2</source>
        <translation>Der Geschwindigkeitstest konnte nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>The target folder %1 does not exist yet; the drive&apos;s first run creates it.</source>
        <translation>Der Zielordner %1 existiert noch nicht; der erste Durchlauf des Sync-Auftrags legt ihn an.</translation>
    </message>
    <message>
        <source>The speed test was cancelled.</source>
        <translation>Der Geschwindigkeitstest wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lts::DriveTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <source>No successful sync for three intervals.</source>
        <translation>Seit drei Intervallen keine erfolgreiche Synchronisierung.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Synchronisierung: %1 %</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Refused — review</source>
        <translation>Abgelehnt – prüfen</translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Datenträger nicht verfügbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Einige Dateien fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Letzter Durchlauf am %1: %2</translation>
    </message>
    <message>
        <source>%1, and after %2</source>
        <translation>%1 und nach %2</translation>
    </message>
    <message>
        <source>Runs every %1, and right after each run of &quot;%2&quot; that went through.</source>
        <translation>Läuft alle %1 und direkt nach jedem Lauf von „%2“, der durchgegangen ist.</translation>
    </message>
    <message>
        <source>%1, and on changes</source>
        <translation>%1 und bei Änderungen</translation>
    </message>
</context>
<context>
    <name>lts::DriveValidator</name>
    <message>
        <source>The drive needs a name.</source>
        <translation>Der Sync-Auftrag benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name must not contain control characters (such as a line break).</source>
        <translation>Der Name darf keine Steuerzeichen (etwa einen Zeilenumbruch) enthalten.</translation>
    </message>
    <message>
        <source>Another drive is already called &quot;%1&quot;.</source>
        <translation>Es gibt bereits einen Sync-Auftrag namens „%1“.</translation>
    </message>
    <message>
        <source>Choose the folder to copy from.</source>
        <translation>Wählen Sie den Ordner, aus dem kopiert werden soll.</translation>
    </message>
    <message>
        <source>The source must be a full path, such as /home/you/Pictures; &quot;%1&quot; is not.</source>
        <translation>Die Quelle muss ein vollständiger Pfad sein, etwa /home/benutzer/Bilder; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>Der Quellordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The source %1 is not a folder.</source>
        <translation>Die Quelle %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: permission denied.</source>
        <translation>Der Quellordner %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Choose the folder to copy to.</source>
        <translation>Wählen Sie den Ordner, in den kopiert werden soll.</translation>
    </message>
    <message>
        <source>The target must be a full path, such as /media/backup/Pictures; &quot;%1&quot; is not.</source>
        <translation>Das Ziel muss ein vollständiger Pfad sein, etwa /media/backup/Bilder; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>The target is the source folder itself.</source>
        <translation>Das Ziel ist der Quellordner selbst.</translation>
    </message>
    <message>
        <source>The target is inside the source folder, so it would copy itself into itself.</source>
        <translation>Das Ziel liegt im Quellordner; es würde sich also in sich selbst kopieren.</translation>
    </message>
    <message>
        <source>The target contains the source folder; mirroring would overwrite the source.</source>
        <translation>Das Ziel enthält den Quellordner; Spiegeln würde die Quelle überschreiben.</translation>
    </message>
    <message>
        <source>The target overlaps the target of drive &quot;%1&quot; (%2): two drives writing into one folder tree would delete each other&apos;s files.</source>
        <translation>Das Ziel überschneidet sich mit dem Ziel des Sync-Auftrags „%1“ (%2): Zwei Sync-Aufträge, die in denselben Ordnerbaum schreiben, würden gegenseitig ihre Dateien löschen.</translation>
    </message>
    <message>
        <source>The target %1 exists and is not a folder.</source>
        <translation>Das Ziel %1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be written to: permission denied.</source>
        <translation>In den Zielordner %1 kann nicht geschrieben werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created because %2 does not exist.</source>
        <translation>Das Ziel %1 kann nicht angelegt werden, weil %2 nicht existiert.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created: %2 is not writable.</source>
        <translation>Das Ziel %1 kann nicht angelegt werden: %2 ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Every %1 is outside 1 second to 366 days; the drive runs every 1 day.</source>
        <translation>Das Intervall %1 liegt nicht zwischen 1 Sekunde und 366 Tagen; der Sync-Auftrag wird täglich ausgeführt.</translation>
    </message>
    <message>
        <source>There are %1 drives already, as many as LetThatSyncIn keeps.</source>
        <translation>Es gibt bereits %1 Sync-Aufträge, so viele, wie LetThatSyncIn verwaltet.</translation>
    </message>
    <message>
        <source>The name must not contain invisible characters (such as a zero-width space).</source>
        <translation>Der Name darf keine unsichtbaren Zeichen enthalten (etwa ein Leerzeichen ohne Breite).</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which this version of LetThatSyncIn cannot reach yet; choose a folder of this computer (a network share mounted here is one).</source>
        <translation>%1 ist ein Ort der Art „%2“, den diese Version von LetThatSyncIn noch nicht erreichen kann; wählen Sie einen Ordner dieses Computers (eine hier eingebundene Netzwerkfreigabe ist auch einer).</translation>
    </message>
    <message>
        <source>%1 is an upload form, which can only be a target: files are sent to it, never read from it.</source>
        <translation>%1 ist ein Upload-Formular und kann nur Ziel sein: Dateien werden dorthin gesendet, nie von dort gelesen.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 ist ein Upload-Formular, das keine Dateien löschen kann: Wählen Sie den Modus Aktualisieren oder Verschieben, nicht Spiegeln.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: its password crosses the network as it is, and anyone on the way can read it and your files. Use it only inside a network you trust, or choose the encrypted kind (davs://, ftpes://) if the server offers it.</source>
        <translation>%1 ist nicht verschlüsselt: Das Passwort wird im Klartext über das Netzwerk übertragen, und jeder auf dem Weg kann es und Ihre Dateien mitlesen. Verwenden Sie diesen Ort nur innerhalb eines Netzwerks, dem Sie vertrauen, oder wählen Sie die verschlüsselte Art (davs://, ftpes://), wenn der Server sie anbietet.</translation>
    </message>
    <message>
        <source>A field of the upload form has no name.</source>
        <translation>Ein Feld des Upload-Formulars hat keinen Namen.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field name &quot;%1&quot; holds a line break or another control character.</source>
        <translation>Der Feldname „%1“ des Upload-Formulars enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field &quot;%1&quot; is the one that takes the file: give the other field another name.</source>
        <translation>Das Feld „%1“ des Upload-Formulars ist das, das die Datei aufnimmt: Geben Sie dem anderen Feld einen anderen Namen.</translation>
    </message>
    <message>
        <source>The upload form&apos;s file field needs a name without line breaks; using &quot;file&quot;.</source>
        <translation>Das Dateifeld des Upload-Formulars braucht einen Namen ohne Zeilenumbrüche; „file“ wird verwendet.</translation>
    </message>
    <message>
        <source>%1 It is not sent.</source>
        <translation>%1 Es wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>lts::DriveWatches</name>
    <message>
        <source>%1 is on a server, which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 liegt auf einem Server, der keine Änderungen meldet: Der Sync-Auftrag synchronisiert in seinem Intervall.</translation>
    </message>
    <message>
        <source>This system cannot watch folders: the drive syncs at its interval.</source>
        <translation>Dieses System kann keine Ordner überwachen: Der Sync-Auftrag synchronisiert in seinem Intervall.</translation>
    </message>
    <message>
        <source>Changes in the source of &quot;%1&quot; came faster than they could be read: the drive looks at all of its source.</source>
        <translation>Die Änderungen in der Quelle von „%1“ kamen schneller, als sie gelesen werden konnten: Der Sync-Auftrag betrachtet seine ganze Quelle.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; does not watch its source: %2</source>
        <translation>Der Sync-Auftrag „%1“ überwacht seine Quelle nicht: %2</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; watches its source %2.</source>
        <translation>Der Sync-Auftrag „%1“ überwacht seine Quelle %2.</translation>
    </message>
</context>
<context>
    <name>lts::DrivesWindow</name>
    <message>
        <source>Drives</source>
        <translation>Sync-Aufträge</translation>
    </message>
    <message>
        <source>Sync this drive on its schedule again</source>
        <translation>Diesen Sync-Auftrag wieder nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Stop syncing this drive on its schedule</source>
        <translation>Diesen Sync-Auftrag nicht mehr nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not synced, to keep your files safe.</source>
        <translation>„%1“ wurde zum Schutz Ihrer Dateien nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Not synced, waiting for your review: %1</source>
        <translation>Nicht synchronisiert, wartet auf Ihre Prüfung: %1</translation>
    </message>
    <message>
        <source>Remove drive</source>
        <translation>Sync-Auftrag entfernen</translation>
    </message>
    <message>
        <source>Remove the drive &quot;%1&quot;?</source>
        <translation>Den Sync-Auftrag „%1“ entfernen?</translation>
    </message>
    <message>
        <source>LetThatSyncIn stops syncing it. No file is deleted, neither in the source nor in the target.</source>
        <translation>LetThatSyncIn synchronisiert ihn dann nicht mehr. Es wird keine Datei gelöscht, weder in der Quelle noch im Ziel.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be removed.</source>
        <translation>Der Sync-Auftrag „%1“ konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The sync of &quot;%1&quot; could not be cancelled.</source>
        <translation>Die Synchronisierung von „%1“ konnte nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be synced.</source>
        <translation>„%1“ konnte nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be resumed.</source>
        <translation>Der Sync-Auftrag „%1“ konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be paused.</source>
        <translation>Der Sync-Auftrag „%1“ konnte nicht angehalten werden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync (%1)</source>
        <translation>Einen Ordner hinzufügen, der synchron gehalten werden soll (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected drive (Enter)</source>
        <translation>Den ausgewählten Sync-Auftrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen …</translation>
    </message>
    <message>
        <source>The files the syncs overwrote or deleted, to put back</source>
        <translation>Die Dateien, die Synchronisierungen überschrieben oder gelöscht haben, zum Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Ver&amp;lauf …</translation>
    </message>
    <message>
        <source>The runs of the selected drive (%1)</source>
        <translation>Die Durchläufe des ausgewählten Sync-Auftrags (%1)</translation>
    </message>
    <message>
        <source>No drives yet. A drive keeps a folder in sync with another one: your photos with a backup disk, say.</source>
        <translation>Noch keine Sync-Aufträge. Ein Sync-Auftrag hält einen Ordner mit einem anderen synchron, zum Beispiel Ihre Fotos mit einem Sicherungsdatenträger.</translation>
    </message>
    <message>
        <source>Add your first drive…</source>
        <translation>Ersten Sync-Auftrag hinzufügen …</translation>
    </message>
    <message>
        <source>Sync this drive now (%1)</source>
        <translation>Diesen Sync-Auftrag jetzt synchronisieren (%1)</translation>
    </message>
    <message>
        <source>The message about &quot;%1&quot; could not be dismissed.</source>
        <translation>Die Meldung zu „%1“ konnte nicht ausgeblendet werden.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen …</translation>
    </message>
    <message>
        <source>See every file a sync would copy and delete, without changing anything; run it from there if it is what you want</source>
        <translation>Jede Datei ansehen, die eine Synchronisierung kopieren und löschen würde, ohne etwas zu ändern; von dort aus die Synchronisierung ausführen, wenn alles so gewollt ist</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks; nothing is overwritten or deleted</source>
        <translation>Die Dateien, die im Ziel vorhanden sind und in der Quelle fehlen, zurück in die Quelle kopieren; nichts wird überschrieben oder gelöscht</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>A&amp;usblenden</translation>
    </message>
    <message>
        <source>Hide this message; the drive stays unsynced until you review it or its folders change</source>
        <translation>Diese Meldung ausblenden; der Sync-Auftrag wird erst wieder synchronisiert, wenn Sie ihn prüfen oder sich seine Ordner ändern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Review shows every file a sync would delete, and runs it if you confirm. Restore the source copies them back into the source instead.</source>
        <translation>„Prüfen“ zeigt jede Datei, die eine Synchronisierung löschen würde, und führt die Synchronisierung aus, wenn Sie bestätigen. „Quelle wiederherstellen“ kopiert diese Dateien stattdessen zurück in die Quelle.</translation>
    </message>
    <message>
        <source>Review shows what a sync would change, and runs it if you confirm.</source>
        <translation>„Prüfen“ zeigt, was eine Synchronisierung ändern würde, und führt sie aus, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Quelle wiederherstellen</translation>
    </message>
    <message>
        <source>Copy back into the source of &quot;%1&quot; the files that its target has and the source lacks?</source>
        <translation>Die Dateien, die im Ziel von „%1“ vorhanden sind und in der Quelle fehlen, zurück in die Quelle kopieren?</translation>
    </message>
    <message>
        <source>Nothing in the source is overwritten and nothing is deleted. Review first to see every file.</source>
        <translation>In der Quelle wird nichts überschrieben und nichts gelöscht. Wählen Sie zuerst „Prüfen“, um jede Datei zu sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be restored.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>It is syncing now; try again once this sync has ended.</source>
        <translation>Der Sync-Auftrag wird gerade synchronisiert; versuchen Sie es erneut, wenn diese Synchronisierung beendet ist.</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>&amp;Quelle wiederherstellen …</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Trust the server…</source>
        <translation>Dem Server &amp;vertrauen…</translation>
    </message>
    <message>
        <source>See the server&apos;s key and how to check it, and trust it</source>
        <translation>Den Schlüssel des Servers ansehen, prüfen und ihm vertrauen</translation>
    </message>
    <message>
        <source>Enter the pass&amp;word…</source>
        <translation>Pass&amp;wort eingeben…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s key is not trusted yet.</source>
        <translation>„%1“ wartet: Dem Schlüssel des Servers wird noch nicht vertraut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server refused the login.</source>
        <translation>„%1“ wartet: Der Server hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s certificate is not trusted yet.</source>
        <translation>„%1“ wartet: Dem Zertifikat des Servers wird noch nicht vertraut.</translation>
    </message>
</context>
<context>
    <name>lts::Executor</name>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>nicht gelöscht: Ein Teil der Quelle konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>Der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Der Zielordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>it changed while it was copied, twice; it is copied on the next run</source>
        <translation>hat sich beim Kopieren zweimal geändert; wird beim nächsten Durchlauf kopiert</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; left as it is</source>
        <translation>hat sich im Ziel seit der Prüfung durch den Durchlauf geändert; unverändert belassen</translation>
    </message>
    <message>
        <source>it changed in the source after it was copied; kept in the source</source>
        <translation>hat sich nach dem Kopieren in der Quelle geändert; in der Quelle belassen</translation>
    </message>
    <message>
        <source>Copied, but cannot remove it from the source: %1</source>
        <translation>Kopiert, kann aber nicht aus der Quelle entfernt werden: %1</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>hat sich während des Durchlaufs geändert; in der Quelle belassen</translation>
    </message>
    <message>
        <source>Cannot remove it from the source: %1</source>
        <translation>Kann nicht aus der Quelle entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot set its permissions: %1</source>
        <translation>Die Berechtigungen können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; not deleted</source>
        <translation>hat sich im Ziel seit der Prüfung durch den Durchlauf geändert; nicht gelöscht</translation>
    </message>
    <message>
        <source>Cannot delete it: %1</source>
        <translation>Kann nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in it changed during the run and were kept</source>
        <translation>
            <numerusform>%n Datei darin hat sich während des Durchlaufs geändert und blieb erhalten</numerusform>
            <numerusform>%n Dateien darin haben sich während des Durchlaufs geändert und blieben erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set the folder&apos;s permissions and time: %1</source>
        <translation>Berechtigungen und Zeitstempel des Ordners können nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>The target folder cannot be opened.</source>
        <translation>Der Zielordner kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot note why the versions were kept: %1</source>
        <translation>Der Grund für die aufbewahrten Versionen kann nicht vermerkt werden: %1</translation>
    </message>
    <message>
        <source>not enough space on the target&apos;s disk: it needs %1, and %2 are free</source>
        <translation>nicht genug Platz auf dem Datenträger des Ziels: benötigt werden %1, frei sind %2</translation>
    </message>
    <message numerus="yes">
        <source>No space left on device: the disk of %1 is full, and %n file(s) did not fit, %2 the first.</source>
        <translation>
            <numerusform>Kein Platz mehr auf dem Datenträger: Der Datenträger von %1 ist voll, und %n Datei passte nicht mehr darauf: %2.</numerusform>
            <numerusform>Kein Platz mehr auf dem Datenträger: Der Datenträger von %1 ist voll, und %n Dateien passten nicht mehr darauf, als erste %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files a run overwrites or deletes stay on that disk as versions, and free no space before they expire.</source>
        <translation>Die Dateien, die ein Durchlauf überschreibt oder löscht, bleiben als Versionen auf diesem Datenträger und geben erst Platz frei, wenn sie ablaufen.</translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full; %2 could not be written.</source>
        <translation>Kein Platz mehr auf dem Datenträger: Der Datenträger von %1 ist voll; %2 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>lts::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 von %2 frei</translation>
    </message>
</context>
<context>
    <name>lts::FsEventsWatcher</name>
    <message>
        <source>FSEvents refused it</source>
        <translation>FSEvents hat es abgelehnt</translation>
    </message>
</context>
<context>
    <name>lts::FtpFolder</name>
    <message>
        <source>FTP servers do not tell their free space</source>
        <translation>FTP-Server geben ihren freien Speicherplatz nicht an</translation>
    </message>
    <message>
        <source>FTP cannot name a file with a line break</source>
        <translation>FTP unterstützt keine Dateinamen mit Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>lts::HeadlessService</name>
    <message numerus="yes">
        <source>Started in the background with %n drive(s) from %1; the log is in %2.</source>
        <translation>
            <numerusform>Im Hintergrund gestartet mit %n Sync-Auftrag aus %1; das Protokoll liegt in %2.</numerusform>
            <numerusform>Im Hintergrund gestartet mit %n Sync-Aufträgen aus %1; das Protokoll liegt in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: running syncs are cancelled.</source>
        <translation>Wird beendet: Laufende Synchronisierungen werden abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
</context>
<context>
    <name>lts::HistoryWindow</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Sync-Auftrag:</translation>
    </message>
    <message>
        <source>The log lists every run and, at the Verbose log level, every file.</source>
        <translation>Das Protokoll verzeichnet jeden Durchlauf und, bei der Protokollstufe „Ausführlich“, jede Datei.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>Alle Sync-Aufträge</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Durchlauf.</translation>
    </message>
    <message>
        <source>Choose a run to see its files.</source>
        <translation>Wählen Sie einen Durchlauf aus, um seine Dateien zu sehen.</translation>
    </message>
    <message>
        <source>%1, started %2: %3.</source>
        <translation>%1, gestartet am %2: %3.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 failed; %7 copied in %8.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 gelöscht, %4 unverändert, %5 übersprungen, %6 fehlgeschlagen; %7 in %8 kopiert.</translation>
    </message>
    <message>
        <source>The list of files of this run is no longer kept.</source>
        <translation>Die Dateiliste dieses Durchlaufs ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Only failed and skipped files are listed; choose the Verbose log level in Settings to list every file.</source>
        <translation>Nur fehlgeschlagene und übersprungene Dateien sind aufgeführt; wählen Sie in den Einstellungen die Protokollstufe „Ausführlich“, um jede Datei aufzuführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) not listed here.</source>
        <translation>
            <numerusform>%n weitere Datei ist hier nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Dateien sind hier nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>Es wurde keine Datei geändert.</translation>
    </message>
    <message>
        <source>&amp;Only runs that changed files</source>
        <translation>&amp;Nur Durchläufe mit geänderten Dateien</translation>
    </message>
    <message>
        <source>Hide the runs that found nothing to copy, update or delete</source>
        <translation>Durchläufe ausblenden, die nichts zu kopieren, zu aktualisieren oder zu löschen fanden</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>lts::HostTrust</name>
    <message>
        <source>To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the same fingerprint), or ask the server&apos;s administrator.</source>
        <translation>Zum Prüfen auf dem Server ausführen: ssh-keygen -lf /etc/ssh/%1 (es muss denselben Fingerabdruck ausgeben), oder den Administrator des Servers fragen.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 is not known. Its %2 fingerprint is %3.</source>
        <translation>Der Host-Schlüssel des Servers für %1 ist nicht bekannt. Sein %2-Fingerabdruck ist %3.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 has changed: it was %2 and is now %3 %4. The server may have been reinstalled, or someone may be in between: trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>Der Host-Schlüssel des Servers für %1 hat sich geändert: Er war %2 und ist jetzt %3 %4. Der Server wurde vielleicht neu installiert, oder jemand steht dazwischen: Vertrauen Sie dem neuen Schlüssel nur, wenn der Administrator des Servers ihn bestätigt.</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>das Zertifikat</translation>
    </message>
    <message>
        <source>the host key</source>
        <translation>der Host-Schlüssel</translation>
    </message>
    <message>
        <source>To check it, run on the server, with the file of its certificate: %1 (it must print the same fingerprint, with a &quot;=&quot; at its end), or ask the server&apos;s administrator.</source>
        <translation>Zum Prüfen auf dem Server mit der Datei seines Zertifikats ausführen: %1 (es muss denselben Fingerabdruck ausgeben, mit einem „=“ am Ende), oder den Administrator des Servers fragen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not one this computer&apos;s certificate authorities vouch for. Its fingerprint is %2.</source>
        <translation>Für das Zertifikat, das der Server für %1 vorlegt, bürgt keine Zertifizierungsstelle dieses Computers. Sein Fingerabdruck ist %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 has changed: it was %2 and is now %3. The server may have a new certificate, or someone may be in between: trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>Das Zertifikat des Servers für %1 hat sich geändert: Es war %2 und ist jetzt %3. Der Server hat vielleicht ein neues Zertifikat, oder jemand steht dazwischen: Vertrauen Sie dem neuen nur, wenn der Administrator des Servers es bestätigt.</translation>
    </message>
    <message>
        <source>It is issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Es ist von %2 für %1 ausgestellt und gültig von %3 bis %4.</translation>
    </message>
</context>
<context>
    <name>lts::InotifyWorker</name>
    <message>
        <source>the folder was removed or moved away</source>
        <translation>der Ordner wurde entfernt oder verschoben</translation>
    </message>
</context>
<context>
    <name>lts::InstanceLock</name>
    <message>
        <source>Cannot create the lock file in %1: is the folder writable?</source>
        <translation>Die Sperrdatei kann nicht in %1 angelegt werden: Ist der Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running for the configuration in %1 (process %2). Stop it first, or give another --config-dir.</source>
        <translation>LetThatSyncIn läuft bereits für die Konfiguration in %1 (Prozess %2). Beenden Sie es zuerst, oder geben Sie ein anderes --config-dir an.</translation>
    </message>
</context>
<context>
    <name>lts::Interval</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>lts::ListCommand</name>
    <message>
        <source>Print the drives as JSON, in the form of the protocol&apos;s ListDrives.</source>
        <translation>Die Sync-Aufträge als JSON ausgeben, in der Form von ListDrives im Protokoll.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <source>No drives are configured (in %1).</source>
        <translation>Es sind keine Sync-Aufträge konfiguriert (in %1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächster Durchlauf</translation>
    </message>
    <message>
        <source>Prints the drives: name, source, target, interval, mode, and whether the schedule runs them; when LetThatSyncIn runs, it is asked, and the table has each drive&apos;s status and next sync.</source>
        <translation>Gibt die Sync-Aufträge aus: Name, Quelle, Ziel, Intervall, Modus und ob der Zeitplan sie ausführt; läuft LetThatSyncIn, wird es abgefragt, und die Tabelle zeigt zu jedem Sync-Auftrag auch Status und nächsten Durchlauf.</translation>
    </message>
</context>
<context>
    <name>lts::LocationField</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Change the server, the login or the folder</source>
        <translation>Server, Anmeldung oder Ordner ändern</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Ordner auf einem Server</translation>
    </message>
</context>
<context>
    <name>lts::LoginQuestionsDialog</name>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>To log in, the server %1 asks:</source>
        <translation>Zur Anmeldung fragt der Server %1:</translation>
    </message>
    <message>
        <source>To log in as %1, the server %2 asks:</source>
        <translation>Zur Anmeldung als %1 fragt der Server %2:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>Der Server hat die zuvor gegebenen Antworten abgelehnt.</translation>
    </message>
    <message>
        <source>Your answers go to the server only and are not kept. Cancel: the login fails, and the drive waits for you (Sync now tries again).</source>
        <translation>Ihre Antworten gehen nur an den Server und werden nicht aufbewahrt. Abbrechen: Die Anmeldung schlägt fehl, und der Sync-Auftrag wartet auf Sie („Jetzt synchronisieren“ versucht es erneut).</translation>
    </message>
</context>
<context>
    <name>lts::Notifier</name>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not synced.</source>
        <translation>„%1“ wurde nicht synchronisiert.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>„%1“ wurde nicht synchronisiert: %2</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Synchronisierung abgelehnt</translation>
    </message>
    <message>
        <source>%1 was not synced. Open the Drives window to review.</source>
        <translation>„%1“ wurde nicht synchronisiert. Öffnen Sie das Fenster „Sync-Aufträge“, um den Vorgang zu prüfen.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 Open the Drives window to review.</source>
        <translation>„%1“ wurde nicht synchronisiert: %2 Öffnen Sie das Fenster „Sync-Aufträge“, um den Vorgang zu prüfen.</translation>
    </message>
    <message>
        <source>Sync incomplete</source>
        <translation>Synchronisierung unvollständig</translation>
    </message>
    <message>
        <source>%1 was only partly synced.</source>
        <translation>„%1“ wurde nur teilweise synchronisiert.</translation>
    </message>
    <message>
        <source>%1 was only partly synced: %2</source>
        <translation>„%1“ wurde nur teilweise synchronisiert: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 synced: nothing had changed.</source>
        <translation>„%1“ wurde synchronisiert: Es hatte sich nichts geändert.</translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>„%1“ wurde synchronisiert: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Datenträger nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 was not synced: its source or target folder is missing. It syncs as soon as both are back.</source>
        <translation>„%1“ wurde nicht synchronisiert: Der Quell- oder Zielordner fehlt. Die Synchronisierung erfolgt, sobald beide wieder verfügbar sind.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 It syncs as soon as its folders are back.</source>
        <translation>„%1“ wurde nicht synchronisiert: %2 Die Synchronisierung erfolgt, sobald die Ordner wieder verfügbar sind.</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>Serverschlüssel geändert</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 has changed, which may be an attack. Click to compare the keys.</source>
        <translation>%1 wartet: Der Schlüssel von %2 hat sich geändert, was ein Angriff sein kann. Klicken Sie, um die Schlüssel zu vergleichen.</translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation>Server noch nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 is not trusted yet. Click to check it and trust it.</source>
        <translation>%1 wartet: Dem Schlüssel von %2 wird noch nicht vertraut. Klicken Sie, um ihn zu prüfen und ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>%1 waits: %2 refused the login. Click to enter the password.</source>
        <translation>%1 wartet: %2 hat die Anmeldung abgelehnt. Klicken Sie, um das Passwort einzugeben.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Serverzertifikat geändert</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 has changed, which may be an attack. Click to compare the certificates.</source>
        <translation>%1 wartet: Das Zertifikat von %2 hat sich geändert, was ein Angriff sein kann. Klicken Sie, um die Zertifikate zu vergleichen.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat noch nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 is not one this computer trusts. Click to check it and trust it.</source>
        <translation>%1 wartet: Dem Zertifikat von %2 vertraut dieser Computer nicht. Klicken Sie, um es zu prüfen und ihm zu vertrauen.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordCommand</name>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Stattdessen das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>password needs one location, such as sftp://pi@logger.local/data; the password itself is asked for, never given on the command line.</source>
        <translation>password braucht einen Ort, etwa sftp://pi@logger.local/data; das Passwort selbst wird abgefragt, nie auf der Befehlszeile angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only a remote location (sftp://...) has a password.</source>
        <translation>%1 ist ein Ordner dieses Computers: Nur ein entfernter Ort (sftp://...) hat ein Passwort.</translation>
    </message>
    <message>
        <source>rclone keeps the passwords of its remotes in its own configuration: use rclone config for %1.</source>
        <translation>rclone bewahrt die Passwörter seiner Remotes in seiner eigenen Konfiguration auf: Verwenden Sie rclone config für %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>Es wurde kein Passwort angegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The password store did not answer; nothing was changed.</source>
        <translation>Der Passwortspeicher hat nicht geantwortet; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in %2.</source>
        <translation>Das Passwort von %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Warning: no keychain answered, so the password is kept in a file that only you can read (mode 0600). Anyone who can read it, root and your backups included, can read the password.</source>
        <translation>Warnung: Kein Schlüsselbund hat geantwortet, daher wird das Passwort in einer Datei aufbewahrt, die nur Sie lesen können (Modus 0600). Wer sie lesen kann, auch root und Ihre Sicherungen, kann das Passwort lesen.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the system&apos;s keychain.</source>
        <translation>Das Passwort von %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password of %1 is forgotten.</source>
        <translation>Das Passwort von %1 ist vergessen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Store the passphrase of the SSH key file PATH instead of the password of a location.</source>
        <translation>Die Passphrase der SSH-Schlüsseldatei PATH statt des Passworts eines Ortes speichern.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Stores the password that LetThatSyncIn logs in to LOCATION with, in the system&apos;s keychain (or, where none answers, in a file only you can read). On a terminal it is asked without echo; otherwise it is read as one line of standard input. It is never shown, and never taken from the command line. With --key-file PATH, it stores the passphrase of that SSH key file instead: runs open the key with it, whichever server they log in to.

Exit codes: 0 stored (or forgotten), 2 it could not be stored, 4 bad command line.</source>
        <translation>Speichert das Passwort, mit dem sich LetThatSyncIn bei LOCATION anmeldet, im Schlüsselbund des Systems (oder, wo keiner antwortet, in einer Datei, die nur Sie lesen können). Auf einem Terminal wird es ohne Anzeige abgefragt, sonst als eine Zeile der Standardeingabe gelesen. Es wird nie angezeigt und nie von der Befehlszeile genommen. Mit --key-file PATH wird stattdessen die Passphrase dieser SSH-Schlüsseldatei gespeichert: Synchronisationen öffnen den Schlüssel damit, bei welchem Server sie sich auch anmelden.

Exit-Codes: 0 gespeichert (oder vergessen), 2 konnte nicht gespeichert werden, 4 fehlerhafte Befehlszeile.</translation>
    </message>
    <message>
        <source>password --key-file takes the key file and no location.</source>
        <translation>password --key-file nimmt die Schlüsseldatei und keinen Ort.</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>Es gibt keine Schlüsseldatei %1.</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Passphrase für Schlüssel %1: </translation>
    </message>
    <message>
        <source>No passphrase was given; nothing was stored.</source>
        <translation>Es wurde keine Passphrase angegeben; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in %2.</source>
        <translation>Die Passphrase des Schlüssels %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in the system&apos;s keychain.</source>
        <translation>Die Passphrase des Schlüssels %1 wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase of the key %1 is forgotten.</source>
        <translation>Die Passphrase des Schlüssels %1 ist vergessen.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The server %1 refused the login. Enter your password on it; the drives that wait for it sync then.</source>
        <translation>Der Server %1 hat die Anmeldung abgelehnt. Geben Sie Ihr Passwort für ihn ein; die Sync-Aufträge, die darauf warten, synchronisieren dann.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2. Enter the password of %2 on it; the drives that wait for it sync then.</source>
        <translation>Der Server %1 hat die Anmeldung von %2 abgelehnt. Geben Sie das Passwort von %2 auf diesem Server ein; die Sync-Aufträge, die darauf warten, synchronisieren dann.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>It is kept in the system&apos;s keychain, or where there is none in a file that only you can read; never in the configuration or a log.</source>
        <translation>Es wird im Schlüsselbund des Systems aufbewahrt, oder wo es keinen gibt, in einer Datei, die nur Sie lesen können; nie in der Konfiguration oder einem Protokoll.</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>Passwort &amp;speichern</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Das Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is stored in a file in %1, which only you can read.</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher wird das Passwort in einer Datei in %1 gespeichert, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>lts::PlanTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Would delete (%1)</source>
        <translation>Zu löschen (%1)</translation>
    </message>
    <message>
        <source>Would update (%1)</source>
        <translation>Zu aktualisieren (%1)</translation>
    </message>
    <message>
        <source>Would copy (%1)</source>
        <translation>Zu kopieren (%1)</translation>
    </message>
    <message>
        <source>Would skip (%1)</source>
        <translation>Zu überspringen (%1)</translation>
    </message>
    <message>
        <source>(the whole drive)</source>
        <translation>(der gesamte Sync-Auftrag)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>Größe (Quelle)</translation>
    </message>
    <message>
        <source>Source modified</source>
        <translation>Geändert (Quelle)</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Größe (Ziel)</translation>
    </message>
    <message>
        <source>Target modified</source>
        <translation>Geändert (Ziel)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::PreviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Check the list, then run it anyway if it is what you want.</source>
        <translation>Prüfen Sie die Liste; wenn alles so gewollt ist, führen Sie den Durchlauf trotzdem aus.</translation>
    </message>
    <message>
        <source>Comparing the folders…</source>
        <translation>Die Ordner werden verglichen …</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Trotzdem ausführen</translation>
    </message>
    <message>
        <source>The comparison was stopped.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the folders… %n change(s) found so far.</source>
        <translation>
            <numerusform>Die Ordner werden verglichen … Bisher %n Änderung gefunden.</numerusform>
            <numerusform>Die Ordner werden verglichen … Bisher %n Änderungen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be compared.</source>
        <translation>Die Ordner konnten nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Nothing to do: the target is up to date.</source>
        <translation>Nichts zu tun: Das Ziel ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>%1 to skip.</source>
        <translation>%1 zu überspringen.</translation>
    </message>
    <message>
        <source>Nothing has been changed: this is what a run would do now.</source>
        <translation>Es wurde nichts geändert – die Liste zeigt, was ein Durchlauf jetzt tun würde.</translation>
    </message>
    <message>
        <source>This sync was stopped to keep your files safe: %1 Check the list, then run it anyway if it is what you want.</source>
        <translation>Diese Synchronisierung wurde zum Schutz Ihrer Dateien nicht ausgeführt: %1 Prüfen Sie die Liste; wenn alles so gewollt ist, führen Sie den Durchlauf trotzdem aus.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Nach Name oder Ordner filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks. Nothing is overwritten, nothing is deleted.</source>
        <translation>Die Dateien, die im Ziel vorhanden sind und in der Quelle fehlen, zurück in die Quelle kopieren. Nichts wird überschrieben, nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Sync now and let the sync make these changes, after you confirm</source>
        <translation>Jetzt synchronisieren und diese Änderungen vornehmen lassen, nachdem Sie bestätigt haben</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) from the target of &quot;%1&quot;?</source>
        <translation>
            <numerusform>%n Datei aus dem Ziel von „%1“ löschen?</numerusform>
            <numerusform>%n Dateien aus dem Ziel von „%1“ löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &quot;%1&quot; anyway?</source>
        <translation>„%1“ trotzdem synchronisieren?</translation>
    </message>
    <message>
        <source>Files: %1 to delete, %2 to update, %3 to copy; %4 to transfer.</source>
        <translation>Dateien: %1 zu löschen, %2 zu aktualisieren, %3 zu kopieren; %4 zu übertragen.</translation>
    </message>
    <message>
        <source>A sync would stop before any change, to keep your files safe: %1</source>
        <translation>Eine Synchronisierung würde zum Schutz Ihrer Dateien stoppen, bevor sie etwas ändert: %1</translation>
    </message>
    <message>
        <source>Versions are off for this drive: once deleted, they cannot be put back.</source>
        <translation>Versionen sind für diesen Sync-Auftrag ausgeschaltet: Einmal gelöscht, lassen sich die Dateien nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The sync goes ahead although a safety rule stopped it: %1</source>
        <translation>Die Synchronisierung wird ausgeführt, obwohl eine Sicherheitsregel sie gestoppt hat: %1</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Quelle wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n file(s) back into the source of &quot;%1&quot;?</source>
        <translation>
            <numerusform>%n Datei zurück in die Quelle von „%1“ kopieren?</numerusform>
            <numerusform>%n Dateien zurück in die Quelle von „%1“ kopieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted. Then the drive syncs, and deletes nothing.</source>
        <translation>Das sind die Dateien, die im Ziel vorhanden sind und in der Quelle fehlen. In der Quelle wird nichts überschrieben und nichts gelöscht. Danach wird der Sync-Auftrag synchronisiert, ohne etwas zu löschen.</translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted.</source>
        <translation>Das sind die Dateien, die im Ziel vorhanden sind und in der Quelle fehlen. In der Quelle wird nichts überschrieben und nichts gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing now; nothing was restored. Try again once this sync has ended.</source>
        <translation>„%1“ wird gerade synchronisiert; es wurde nichts wiederhergestellt. Versuchen Sie es erneut, wenn diese Synchronisierung beendet ist.</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>&amp;Quelle wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Run anyway…</source>
        <translation>&amp;Trotzdem ausführen …</translation>
    </message>
    <message>
        <source>They are kept for %1 in the target&apos;s .letthatsyncin/versions folder, and Versions… can put them back.</source>
        <translation>Sie werden %1 lang im Ordner .letthatsyncin/versions des Ziels aufbewahrt, und „Versionen …“ kann sie zurückholen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>%n Datei &amp;löschen</numerusform>
            <numerusform>%n Dateien &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync anyway</source>
        <translation>&amp;Trotzdem synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>The drive was changed or removed since this list was made: it no longer says what a sync would do. Close it, and review the drive again.</source>
        <translation>Der Sync-Auftrag wurde geändert oder entfernt, seit diese Liste erstellt wurde: Sie zeigt nicht mehr, was eine Synchronisierung tun würde. Schließen Sie sie, und prüfen Sie den Sync-Auftrag erneut.</translation>
    </message>
</context>
<context>
    <name>lts::PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>it is not a file but a device, a pipe or a folder</source>
        <translation>es handelt sich nicht um eine Datei, sondern um ein Gerät, eine Pipe oder einen Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>sie gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>it holds more than the %1 a file of LetThatSyncIn&apos;s may hold</source>
        <translation>sie enthält mehr als die %1, die eine Datei von LetThatSyncIn enthalten darf</translation>
    </message>
</context>
<context>
    <name>lts::ProgressDelegate</name>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
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
        <translation>Das Remote gibt seinen freien Speicherplatz nicht an</translation>
    </message>
</context>
<context>
    <name>lts::RcloneLocation::Client</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>lts::RcloneRemoteChooser</name>
    <message>
        <source>Re&amp;load</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>A remote of your rclone configuration: rclone config makes them</source>
        <translation>Ein Remote Ihrer rclone-Konfiguration: rclone config legt sie an</translation>
    </message>
    <message>
        <source>List the remotes again, after rclone config</source>
        <translation>Die Remotes erneut auflisten, nach rclone config</translation>
    </message>
    <message>
        <source>Loading remotes…</source>
        <translation>Remotes werden geladen…</translation>
    </message>
    <message>
        <source>%1 (not in your rclone configuration)</source>
        <translation>%1 (nicht in Ihrer rclone-Konfiguration)</translation>
    </message>
    <message>
        <source>The remotes of your rclone configuration are being listed…</source>
        <translation>Die Remotes Ihrer rclone-Konfiguration werden aufgelistet…</translation>
    </message>
    <message>
        <source>rclone is not installed: install the package rclone, then press Reload.</source>
        <translation>rclone ist nicht installiert: Installieren Sie das Paket rclone und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: make one with rclone config in a terminal, then press Reload.</source>
        <translation>Ihre rclone-Konfiguration hat noch kein Remote: Legen Sie eines mit rclone config in einem Terminal an und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Choose a remote of your rclone configuration.</source>
        <translation>Wählen Sie ein Remote Ihrer rclone-Konfiguration.</translation>
    </message>
    <message>
        <source>rclone is not installed. LetThatSyncIn reaches Dropbox, Google Drive, S3 and the other cloud services through rclone: install the package &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;), then press Reload.</source>
        <translation>rclone ist nicht installiert. LetThatSyncIn erreicht Dropbox, Google Drive, S3 und die anderen Cloud-Dienste über rclone: Installieren Sie das Paket &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;) und klicken Sie dann auf „Aktualisieren“.</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: rclone needs one for each cloud account. Run &lt;tt&gt;rclone config&lt;/tt&gt; in a terminal, make a new remote (&lt;tt&gt;n&lt;/tt&gt;) and log in, then press Reload. &lt;a href=&quot;%1&quot;&gt;Dropbox, step by step&lt;/a&gt;</source>
        <translation>Ihre rclone-Konfiguration hat noch kein Remote: rclone braucht eines für jedes Cloud-Konto. Führen Sie &lt;tt&gt;rclone config&lt;/tt&gt; in einem Terminal aus, legen Sie ein neues Remote an (&lt;tt&gt;n&lt;/tt&gt;), melden Sie sich an und klicken Sie dann auf „Aktualisieren“. &lt;a href=&quot;%1&quot;&gt;Dropbox, Schritt für Schritt&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote &quot;%1&quot;: choose another, or make it again with &lt;tt&gt;rclone config&lt;/tt&gt; and press Reload.</source>
        <translation>Ihre rclone-Konfiguration hat kein Remote „%1“: Wählen Sie ein anderes, oder legen Sie es mit &lt;tt&gt;rclone config&lt;/tt&gt; neu an und klicken Sie auf „Aktualisieren“.</translation>
    </message>
</context>
<context>
    <name>lts::RemoteChecks</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a remote location (sftp://user@host/path).</source>
        <translation>%1 ist kein entfernter Ort (sftp://benutzer@host/pfad).</translation>
    </message>
    <message>
        <source>The passwords of %1 are kept in rclone&apos;s own configuration.</source>
        <translation>Die Passwörter von %1 werden in der eigenen Konfiguration von rclone aufbewahrt.</translation>
    </message>
    <message>
        <source>The path %1 leaves the location: give a path inside it, without &quot;..&quot;.</source>
        <translation>Der Pfad %1 verlässt den Ort: Geben Sie einen Pfad darin an, ohne &quot;..&quot;.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: it has no certificate to trust.</source>
        <translation>%1 ist nicht verschlüsselt: Es gibt kein Zertifikat, dem man vertrauen kann.</translation>
    </message>
    <message numerus="yes">
        <source>rclone did not list your remotes within %n second(s).</source>
        <translation>
            <numerusform>rclone hat Ihre Remotes nicht innerhalb von %n Sekunde aufgelistet.</numerusform>
            <numerusform>rclone hat Ihre Remotes nicht innerhalb von %n Sekunden aufgelistet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::RemoteFolderDialog</name>
    <message>
        <source>Choose a folder on %1</source>
        <translation>Einen Ordner auf %1 wählen</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>Wä&amp;hlen</translation>
    </message>
    <message>
        <source>&amp;Folders on %1:</source>
        <translation>&amp;Ordner auf %1:</translation>
    </message>
    <message>
        <source>Home folder (~)</source>
        <translation>Persönlicher Ordner (~)</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>Das Auflisten wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No folders</source>
        <translation>Keine Ordner</translation>
    </message>
    <message>
        <source>Login folder (~)</source>
        <translation>Anmeldeordner (~)</translation>
    </message>
    <message>
        <source>Choose a folder in %1</source>
        <translation>Einen Ordner in %1 wählen</translation>
    </message>
    <message>
        <source>&amp;Folders in %1:</source>
        <translation>&amp;Ordner in %1:</translation>
    </message>
    <message>
        <source>Top folder of %1</source>
        <translation>Oberster Ordner von %1</translation>
    </message>
</context>
<context>
    <name>lts::RemoteLocation</name>
    <message>
        <source>The location %1 contains a control character (such as a line break) or an encoded character that is not UTF-8.</source>
        <translation>Der Ort %1 enthält ein Steuerzeichen (etwa einen Zeilenumbruch) oder ein kodiertes Zeichen, das kein UTF-8 ist.</translation>
    </message>
    <message>
        <source>The path in %1 must not contain &quot;.&quot; or &quot;..&quot; folders.</source>
        <translation>Der Pfad in %1 darf keine Ordner „.“ oder „..“ enthalten.</translation>
    </message>
    <message>
        <source>%1 is not the address of a remote folder.</source>
        <translation>%1 ist nicht die Adresse eines entfernten Ordners.</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which LetThatSyncIn does not know; it knows sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// and rclone:.</source>
        <translation>%1 ist ein Ort der Art „%2“, die LetThatSyncIn nicht kennt; es kennt sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// und rclone:.</translation>
    </message>
    <message>
        <source>The location %1 names no remote of your rclone configuration: write it as rclone:REMOTE:folder, with one of the remotes &quot;rclone listremotes&quot; lists (rclone:REMOTE: for its top folder).</source>
        <translation>Der Ort %1 nennt kein Remote Ihrer rclone-Konfiguration: Schreiben Sie ihn als rclone:REMOTE:Ordner, mit einem der Remotes, die „rclone listremotes“ auflistet (rclone:REMOTE: für seinen obersten Ordner).</translation>
    </message>
    <message>
        <source>The location %1 contains a password. Passwords are never kept in the configuration: write the location without it, and store the password with &quot;letthatsyncin password %1&quot; or in the drive editor.</source>
        <translation>Der Ort %1 enthält ein Passwort. Passwörter werden nie in der Konfiguration gespeichert: Schreiben Sie den Ort ohne es, und speichern Sie das Passwort mit „letthatsyncin password %1“ oder im Editor des Sync-Auftrags.</translation>
    </message>
    <message>
        <source>The location %1 names no server: write it as %2://server/folder.</source>
        <translation>Der Ort %1 nennt keinen Server: Schreiben Sie ihn als %2://server/ordner.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; in %2 is neither a name nor an address (an IPv6 address is written in brackets: [::1]).</source>
        <translation>Der Server „%1“ in %2 ist weder ein Name noch eine Adresse (eine IPv6-Adresse steht in eckigen Klammern: [::1]).</translation>
    </message>
    <message>
        <source>The port in %1 must be a number from 1 to 65535, not &quot;%2&quot;; leave it out for the usual one.</source>
        <translation>Der Port in %1 muss eine Zahl von 1 bis 65535 sein, nicht „%2“; lassen Sie ihn für den üblichen weg.</translation>
    </message>
    <message>
        <source>The path in %1 must be a full path (sftp://server/srv/data) or start at the home folder (sftp://server/~/data).</source>
        <translation>Der Pfad in %1 muss ein vollständiger Pfad sein (sftp://server/srv/data) oder im Home-Ordner beginnen (sftp://server/~/data).</translation>
    </message>
    <message>
        <source>The location %1 has the option &quot;%2&quot;, which LetThatSyncIn does not know here; the options of this kind of location are: %3.</source>
        <translation>Der Ort %1 hat die Option „%2“, die LetThatSyncIn hier nicht kennt; die Optionen dieser Art von Ort sind: %3.</translation>
    </message>
    <message>
        <source>The location %1 gives the option &quot;%2&quot; twice.</source>
        <translation>Der Ort %1 gibt die Option „%2“ zweimal an.</translation>
    </message>
    <message>
        <source>The key in %1 must be the full path of a key file, such as key=~/.ssh/id_ed25519, not &quot;%2&quot;.</source>
        <translation>Der Schlüssel in %1 muss der vollständige Pfad einer Schlüsseldatei sein, etwa key=~/.ssh/id_ed25519, nicht „%2“.</translation>
    </message>
    <message>
        <source>The connections in %1 must be a number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>Die Verbindungen in %1 müssen eine Zahl von 1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>upload form</source>
        <translation>Upload-Formular</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, unverschlüsselt</translation>
    </message>
</context>
<context>
    <name>lts::Root</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server refused an anonymous login: the location needs a user.</source>
        <translation>Der Server hat eine anonyme Anmeldung abgelehnt: Der Ort braucht einen Benutzer.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>Für %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>Der Server hat die Anmeldung von %1 mit dem gespeicherten Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>Der Server hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>lts::RunDetails</name>
    <message>
        <source>Cannot keep the list of files of this run in %1: %2</source>
        <translation>Die Dateiliste dieses Durchlaufs kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunHistory</name>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunQueue</name>
    <message>
        <source>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</source>
        <translation>Abgebrochen, weil LetThatSyncIn beendet wurde; der Durchlauf wird nach dem nächsten Start nachgeholt.</translation>
    </message>
    <message>
        <source>Stopped because LetThatSyncIn was closing, while the run waited for a folder that does not answer; the run is made again after the next start.</source>
        <translation>Angehalten, weil LetThatSyncIn beendet wurde, während der Lauf auf einen Ordner wartete, der nicht antwortet; der Lauf wird nach dem nächsten Start wiederholt.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Abgebrochen, während der Lauf auf einen Ordner wartete, der nicht antwortet. Jede Datei im Ziel ist vollständig; eine zurückgebliebene temporäre Datei entfernt der nächste Lauf.</translation>
    </message>
</context>
<context>
    <name>lts::RunTableModel</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Partly synced</source>
        <translation>Teilweise synchronisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Sync-Auftrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation>Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>%1, forced</source>
        <translation>%1, erzwungen</translation>
    </message>
</context>
<context>
    <name>lts::Scanner</name>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Der Zielordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the source folder: %1</source>
        <translation>Der Quellordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the target folder: %1</source>
        <translation>Der Zielordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a socket, device or pipe: such special files are not copied</source>
        <translation>Socket, Gerät oder Pipe: Solche Spezialdateien werden nicht kopiert</translation>
    </message>
    <message>
        <source>the target has a file or link where the source has a folder; in this mode it is not replaced</source>
        <translation>im Ziel liegt eine Datei oder ein Link, wo die Quelle einen Ordner hat; in diesem Modus wird der Eintrag im Ziel nicht ersetzt</translation>
    </message>
    <message>
        <source>the target has a folder where the source has a file; in this mode it is not replaced</source>
        <translation>im Ziel liegt ein Ordner, wo die Quelle eine Datei hat; in diesem Modus wird er nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>lts::SendCommand</name>
    <message>
        <source>Sends one request of the WebSocket protocol to the running LetThatSyncIn and prints the response as one line of JSON. The exit code is 0 when the response&apos;s Result is Success, 2 otherwise.</source>
        <translation>Sendet eine Anfrage des WebSocket-Protokolls an das laufende LetThatSyncIn und gibt die Antwort als eine Zeile JSON aus. Der Exit-Code ist 0, wenn Result in der Antwort Success ist, sonst 2.</translation>
    </message>
    <message>
        <source>send needs one JSON object, such as {&quot;request&quot;: &quot;GetStatus&quot;}; this is not one: %1</source>
        <translation>send erwartet genau ein JSON-Objekt, etwa {&quot;request&quot;: &quot;GetStatus&quot;}; dies ist keines: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>lts::ServerAddress</name>
    <message>
        <source>%1 is not the web address of a WebDAV folder: write it as https://server/folder, as the server shows it (Nextcloud: Files settings, WebDAV).</source>
        <translation>%1 ist nicht die Webadresse eines WebDAV-Ordners: Schreiben Sie sie als https://server/ordner, so wie der Server sie anzeigt (Nextcloud: Dateien-Einstellungen, WebDAV).</translation>
    </message>
    <message>
        <source>%1 is not the web address of an upload form: write it as https://server/path.</source>
        <translation>%1 ist nicht die Webadresse eines Upload-Formulars: Schreiben Sie sie als https://server/pfad.</translation>
    </message>
</context>
<context>
    <name>lts::ServerLease</name>
    <message>
        <source>Cannot lock the target %1: %2</source>
        <translation>Das Ziel %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another sync (process %1 on %2) is writing to %3. A lock that computer no longer renews is taken over after %n minute(s).</source>
        <translation>
            <numerusform>Eine andere Synchronisation (Prozess %1 auf %2) schreibt in %3. Eine Sperre, die jener Computer nicht mehr erneuert, wird nach %n Minute übernommen.</numerusform>
            <numerusform>Eine andere Synchronisation (Prozess %1 auf %2) schreibt in %3. Eine Sperre, die jener Computer nicht mehr erneuert, wird nach %n Minuten übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>einem unbekannten Computer</translation>
    </message>
    <message>
        <source>Another sync keeps taking the lock of %1.</source>
        <translation>Eine andere Synchronisation nimmt die Sperre von %1 immer wieder.</translation>
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
        <translation>Upload-Formular</translation>
    </message>
    <message>
        <source>HTTPS (encrypted)</source>
        <translation>HTTPS (verschlüsselt)</translation>
    </message>
    <message>
        <source>HTTP (not encrypted)</source>
        <translation>HTTP (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Explicit TLS (FTPES)</source>
        <translation>Explizites TLS (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS)</source>
        <translation>Implizites TLS (FTPS)</translation>
    </message>
    <message>
        <source>None (plain FTP, not encrypted)</source>
        <translation>Keine (reines FTP, unverschlüsselt)</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Ordner auf einem Server</translation>
    </message>
    <message>
        <source>Paste the address the server shows, or fill in the fields below.</source>
        <translation>Fügen Sie die Adresse ein, die der Server anzeigt, oder füllen Sie die Felder unten aus.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder on the server</source>
        <translation>Einen Ordner auf dem Server wählen</translation>
    </message>
    <message>
        <source>Optional: your usual keys and the SSH agent</source>
        <translation>Optional: Ihre üblichen Schlüssel und der SSH-Agent</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wä&amp;hlen…</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the drive; leave it empty to keep the one stored.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie im Sync-Auftrag; leer lassen, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Trust this &amp;server…</source>
        <translation>Diesem Server vert&amp;rauen…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Name or address, such as %1</source>
        <translation>Name oder Adresse, etwa %1</translation>
    </message>
    <message>
        <source>Empty: the port ~/.ssh/config gives this server, else 22.</source>
        <translation>Leer: der Port, den ~/.ssh/config für diesen Server angibt, sonst 22.</translation>
    </message>
    <message>
        <source>Empty: the usual port of the encryption chosen.</source>
        <translation>Leer: der übliche Port der gewählten Verschlüsselung.</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Leer: anonym</translation>
    </message>
    <message>
        <source>Empty: the user ~/.ssh/config gives this server, else yours.</source>
        <translation>Leer: der Benutzer, den ~/.ssh/config für diesen Server angibt, sonst Ihrer.</translation>
    </message>
    <message>
        <source>/srv/data, or ~/data in your home folder</source>
        <translation>/srv/data oder ~/data in Ihrem persönlichen Ordner</translation>
    </message>
    <message>
        <source>~/data in the login folder, or /srv/data</source>
        <translation>~/data im Anmeldeordner oder /srv/data</translation>
    </message>
    <message>
        <source>Not encrypted: the password and the files cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>Unverschlüsselt: Passwort und Dateien gehen für jeden auf dem Weg lesbar über das Netzwerk. Verwenden Sie dies nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Not encrypted: the files cross the network readable by anyone on the way.</source>
        <translation>Unverschlüsselt: Die Dateien gehen für jeden auf dem Weg lesbar über das Netzwerk.</translation>
    </message>
    <message>
        <source>Type the web address of the upload form.</source>
        <translation>Geben Sie die Webadresse des Upload-Formulars ein.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Das Passwort wird gespeichert…</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is kept in a file that only you can read, in %1.</source>
        <translation>Kein Schlüsselbund hat geantwortet, daher wird das Passwort in einer Datei aufbewahrt, die nur Sie lesen können, in %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n entries in the folder</source>
        <translation>
            <numerusform>Verbunden: %n Eintrag im Ordner</numerusform>
            <numerusform>Verbunden: %n Einträge im Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 free.</source>
        <translation>%1, %2 frei.</translation>
    </message>
    <message>
        <source>To trust it, run: %1</source>
        <translation>Um ihm zu vertrauen, führen Sie aus: %1</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Die Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>The name of the form&apos;s field that takes the file, as its web page names it (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Empty: %1.</source>
        <translation>Der Name des Formularfelds, das die Datei aufnimmt, wie seine Webseite es nennt (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Leer: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Sent with every file, such as email = me@example.org. F2 edits a cell.</source>
        <translation>Wird mit jeder Datei gesendet, etwa email = ich@example.org. F2 bearbeitet eine Zelle.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a field sent with every file</source>
        <translation>Ein Feld hinzufügen, das mit jeder Datei gesendet wird</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Fi&amp;le field:</source>
        <translation>Date&amp;ifeld:</translation>
    </message>
    <message>
        <source>&amp;Other fields:</source>
        <translation>Weitere Fe&amp;lder:</translation>
    </message>
    <message>
        <source>The field with the value &quot;%1&quot; has no name: type its name, or remove it.</source>
        <translation>Das Feld mit dem Wert „%1“ hat keinen Namen: Geben Sie seinen Namen ein oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is there twice: a form takes each name once.</source>
        <translation>Das Feld „%1“ ist zweimal da: Ein Formular nimmt jeden Namen nur einmal.</translation>
    </message>
    <message>
        <source>Cloud (rclone)</source>
        <translation>Cloud (rclone)</translation>
    </message>
    <message>
        <source>R&amp;emote:</source>
        <translation>Re&amp;mote:</translation>
    </message>
    <message>
        <source>Lab/Site4 in the remote; empty: its top folder</source>
        <translation>Lab/Site4 im Remote; leer: sein oberster Ordner</translation>
    </message>
    <message>
        <source>Choose a folder in the remote</source>
        <translation>Einen Ordner im Remote wählen</translation>
    </message>
</context>
<context>
    <name>lts::SettingsCodec</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1, or localhost</source>
        <translation>eine IP-Adresse wie 127.0.0.1 oder localhost</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>eine Liste von Texten</translation>
    </message>
    <message>
        <source>The setting %1 must be %2; using %3.</source>
        <translation>Die Einstellung %1 muss %2 sein; %3 wird verwendet.</translation>
    </message>
    <message>
        <source>a language code such as &quot;de&quot;, or &quot;&quot; for the system&apos;s language</source>
        <translation>ein Sprachcode wie „de“ oder „“ für die Systemsprache</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>lts::SettingsDialog</name>
    <message>
        <source>LetThatSyncIn Settings</source>
        <translation>LetThatSyncIn-Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Start LetThatSyncIn when I log in</source>
        <translation>LetThatSyncIn bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Only errors</source>
        <translation>Nur bei Fehlern</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>Nach jedem Durchlauf</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Takes effect when LetThatSyncIn restarts.</source>
        <translation>Wird nach einem Neustart von LetThatSyncIn wirksam.</translation>
    </message>
    <message>
        <source>Syncs at the same time:</source>
        <translation>Gleichzeitige Synchronisierungen:</translation>
    </message>
    <message>
        <source>Two drives on the same disk never sync at the same time.</source>
        <translation>Zwei Sync-Aufträge auf demselben Datenträger werden nie gleichzeitig synchronisiert.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Deletion limit:</source>
        <translation>Löschgrenze:</translation>
    </message>
    <message>
        <source>A mirror run that would delete more than this share of the target&apos;s files (and more than 10 files) waits for your confirmation.</source>
        <translation>Ein Durchlauf im Modus „Spiegeln“, der mehr als diesen Anteil der Dateien im Ziel (und mehr als 10 Dateien) löschen würde, wartet auf Ihre Bestätigung.</translation>
    </message>
    <message>
        <source>Scripts control LetThatSyncIn through a WebSocket server.</source>
        <translation>Skripte steuern LetThatSyncIn über einen WebSocket-Server.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Require the token</source>
        <translation>Token verlangen</translation>
    </message>
    <message>
        <source>Without it, only scripts of other users or other computers need the token.</source>
        <translation>Ohne diese Option benötigen nur Skripte anderer Benutzer oder von anderen Computern das Token.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen …</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Zulässige Ursprünge:</translation>
    </message>
    <message>
        <source>Web pages from these origins may connect, for example https://example.org. Scripts need no origin.</source>
        <translation>Webseiten von diesen Ursprüngen dürfen sich verbinden, zum Beispiel https://example.org. Skripte benötigen keinen Ursprung.</translation>
    </message>
    <message>
        <source>Address, port, “Require the token” and allowed origins take effect when LetThatSyncIn restarts. A new token takes effect at once.</source>
        <translation>Adresse, Port, „Token verlangen“ und zulässige Ursprünge werden nach einem Neustart von LetThatSyncIn wirksam. Ein neues Token gilt sofort.</translation>
    </message>
    <message>
        <source>Summary: a line per run</source>
        <translation>Zusammenfassung: eine Zeile pro Durchlauf</translation>
    </message>
    <message>
        <source>Verbose: also a line per file</source>
        <translation>Ausführlich: zusätzlich eine Zeile pro Datei</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Protokollstufe:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Maximale Größe:</translation>
    </message>
    <message>
        <source>When the log folder grows past the limit, its oldest files are removed.</source>
        <translation>Wenn der Protokollordner die maximale Größe überschreitet, werden seine ältesten Dateien entfernt.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Enter the address the WebSocket server listens on, such as 127.0.0.1.</source>
        <translation>Geben Sie die Adresse ein, auf der der WebSocket-Server lauscht, zum Beispiel 127.0.0.1.</translation>
    </message>
    <message>
        <source>“%1” is not an address the WebSocket server can listen on. Enter an IP address such as 127.0.0.1, or localhost.</source>
        <translation>„%1“ ist keine Adresse, auf der der WebSocket-Server lauschen kann. Geben Sie eine IP-Adresse wie 127.0.0.1 oder localhost ein.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers connect, which needs “Require the token” on.</source>
        <translation>Wenn der Server auf %1 lauscht, können sich andere Computer verbinden; dafür muss „Token verlangen“ aktiviert sein.</translation>
    </message>
    <message>
        <source>The WebSocket server is off.</source>
        <translation>Der WebSocket-Server ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The token cannot be read (the log says why). Regenerate makes a new one.</source>
        <translation>Das Token kann nicht gelesen werden (Grund siehe Protokoll). „Neu erzeugen“ erstellt ein neues.</translation>
    </message>
    <message>
        <source>Regenerate the Token</source>
        <translation>Token neu erzeugen</translation>
    </message>
    <message>
        <source>Replace the token with a new one?</source>
        <translation>Das Token durch ein neues ersetzen?</translation>
    </message>
    <message>
        <source>Scripts using the old token will be refused until they use the new one.</source>
        <translation>Skripte mit dem alten Token werden abgewiesen, bis sie das neue verwenden.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Show the syncing icon while a drive syncs</source>
        <translation>Synchronisierungssymbol anzeigen, während ein Sync-Auftrag läuft</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait after a change:</source>
        <translation>Warten nach einer Änderung:</translation>
    </message>
    <message>
        <source>A drive that syncs as soon as files change waits until its source has been quiet this long, so that a file still being written is not copied half-way.</source>
        <translation>Ein Sync-Auftrag, der synchronisiert, sobald sich Dateien ändern, wartet, bis seine Quelle so lange ruhig war, damit eine Datei, die noch geschrieben wird, nicht halb kopiert wird.</translation>
    </message>
</context>
<context>
    <name>lts::SingleInstance</name>
    <message>
        <source>Cannot open the local socket %1 that a second start would use to show this one: %2</source>
        <translation>Der lokale Socket %1, über den ein zweiter Start diese Instanz anzeigen würde, kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>lts::StallWatch</name>
    <message numerus="yes">
        <source>Neither the source %1 nor the target %2 answered for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>Weder die Quelle %1 noch das Ziel %2 hat %n Sekunde lang geantwortet; der Lauf wurde aufgegeben.</numerusform>
            <numerusform>Weder die Quelle %1 noch das Ziel %2 hat %n Sekunden lang geantwortet; der Lauf wurde aufgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>Die Quelle %1 hat %n Sekunde lang nicht geantwortet; der Lauf wurde aufgegeben.</numerusform>
            <numerusform>Die Quelle %1 hat %n Sekunden lang nicht geantwortet; der Lauf wurde aufgegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>Das Ziel %1 hat %n Sekunde lang nicht geantwortet; der Lauf wurde aufgegeben.</numerusform>
            <numerusform>Das Ziel %1 hat %n Sekunden lang nicht geantwortet; der Lauf wurde aufgegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::StateStore</name>
    <message>
        <source>Cannot save the run state to %1: %2</source>
        <translation>Der Durchlaufstatus kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>lts::StatusCommand</name>
    <message>
        <source>%1 % (%2 of %3 files)</source>
        <translation>%1 % (%2 von %3 Dateien)</translation>
    </message>
    <message>
        <source>Print the response&apos;s drives as JSON.</source>
        <translation>Die Sync-Aufträge aus der Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Asks the running LetThatSyncIn how its drives are: status, last and next sync, the last result, and the progress of the syncs going on.</source>
        <translation>Fragt das laufende LetThatSyncIn nach dem Zustand seiner Sync-Aufträge: Status, letzter und nächster Durchlauf, letztes Ergebnis und Fortschritt laufender Synchronisierungen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Durchlauf</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Nächster Durchlauf</translation>
    </message>
    <message>
        <source>Progress or message</source>
        <translation>Fortschritt oder Meldung</translation>
    </message>
    <message>
        <source>No drives are configured.</source>
        <translation>Es sind keine Sync-Aufträge konfiguriert.</translation>
    </message>
</context>
<context>
    <name>lts::SyncCommand</name>
    <message>
        <source>Run the configured drive NAME instead of SOURCE TARGET.</source>
        <translation>Den konfigurierten Sync-Auftrag NAME statt SOURCE TARGET ausführen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Mirror (default: the target becomes a copy), Update (never delete) or Move (remove copied files from the source).</source>
        <translation>Mirror (Standard: Das Ziel wird zur Kopie), Update (nie löschen) oder Move (kopierte Dateien aus der Quelle entfernen).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Leave out paths that match the pattern (*.tmp, cache/, **/Thumbs.db); may be repeated.</source>
        <translation>Pfade auslassen, die auf das Muster passen (*.tmp, cache/, **/Thumbs.db); kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>Leave out hidden files and folders.</source>
        <translation>Versteckte Dateien und Ordner auslassen.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Print what would be copied, updated and deleted; change nothing.</source>
        <translation>Ausgeben, was kopiert, aktualisiert und gelöscht würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Print every file added, updated or deleted.</source>
        <translation>Jede hinzugefügte, aktualisierte oder gelöschte Datei ausgeben.</translation>
    </message>
    <message>
        <source>Print the report as JSON (the protocol&apos;s run object) and nothing else.</source>
        <translation>Den Bericht als JSON ausgeben (das Durchlauf-Objekt des Protokolls), sonst nichts.</translation>
    </message>
    <message>
        <source>Run again every DURATION (90s, 15m, 2h, 1d) until Ctrl+C.</source>
        <translation>Alle DURATION (90s, 15m, 2h, 1d) erneut ausführen, bis Strg+C gedrückt wird.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>With --every: stop after N runs.</source>
        <translation>Mit --every: nach N Durchläufen aufhören.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Syncs SOURCE to TARGET once, now, without any configuration; or, with --drive, one of the configured drives.

Exit codes: 0 success, 1 partial, 2 failure, 3 refused by a safety rule, 4 bad command line, 130 interrupted.</source>
        <translation>Synchronisiert SOURCE einmal sofort nach TARGET, ohne jede Konfiguration; oder, mit --drive, einen der konfigurierten Sync-Aufträge.

Exit-Codes: 0 Erfolg, 1 teilweise, 2 Fehlschlag, 3 von einer Sicherheitsregel abgelehnt, 4 fehlerhafte Befehlszeile, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>--drive takes the drive&apos;s own source, target and options; give no others.</source>
        <translation>--drive übernimmt Quelle, Ziel und Optionen des Sync-Auftrags; geben Sie keine weiteren an.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; in %2.</source>
        <translation>In %2 gibt es keinen Sync-Auftrag „%1“.</translation>
    </message>
    <message>
        <source>sync needs a SOURCE and a TARGET folder, or --drive NAME.</source>
        <translation>sync erwartet einen Quellordner SOURCE und einen Zielordner TARGET oder --drive NAME.</translation>
    </message>
    <message>
        <source>--mode must be Mirror, Update or Move, not &quot;%1&quot;.</source>
        <translation>--mode muss Mirror, Update oder Move sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--versions needs a number of days from 0 to 3650.</source>
        <translation>--versions erwartet eine Anzahl Tage von 0 bis 3650.</translation>
    </message>
    <message>
        <source>--every needs a duration of at least 1 second, such as 90s, 15m, 2h or 1d.</source>
        <translation>--every erwartet eine Dauer von mindestens 1 Sekunde, etwa 90s, 15m, 2h oder 1d.</translation>
    </message>
    <message>
        <source>--max needs --every and a number of runs of at least 1.</source>
        <translation>--max erwartet --every und eine Anzahl Durchläufe von mindestens 1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n change(s) found so far</source>
        <translation>
            <numerusform>Vergleich: bisher %n Änderung gefunden</numerusform>
            <numerusform>Vergleich: bisher %n Änderungen gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 files  %3/%4  %5/s</source>
        <translation>%1/%2 Dateien  %3/%4  %5/s</translation>
    </message>
    <message>
        <source>  %1:%2 left</source>
        <translation>  noch %1:%2</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. It would do: %1</source>
        <translation>Probelauf, es wurde nichts geändert. Ein echter Durchlauf ergäbe: %1</translation>
    </message>
    <message>
        <source>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions (default 30; 0 keeps none).</source>
        <translation>Dateien, die der Durchlauf überschreibt oder löscht, so viele Tage lang unter TARGET/.letthatsyncin/versions aufbewahren (Standard: 30; 0 bewahrt keine auf).</translation>
    </message>
    <message>
        <source>Run even though a safety rule would refuse (a first mirror into a folder holding other files, too many deletions, an empty source, another disk).</source>
        <translation>Auch dann ausführen, wenn eine Sicherheitsregel ablehnen würde (erster Durchlauf im Modus Mirror in einen Ordner mit anderen Dateien, zu viele Löschungen, leere Quelle, anderer Datenträger).</translation>
    </message>
    <message>
        <source>with --versions 0 they are not kept</source>
        <translation>mit --versions 0 werden sie nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, copy without deleting: %1 --mode Update
To delete them (%2): %1 --force</source>
        <translation>Es wurde nichts geändert. Um die Dateien zu sehen: %1 --dry-run
Um sie zu behalten, ohne Löschen kopieren: %1 --mode Update
Um sie zu löschen (%2): %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see what a sync would do: %1 --dry-run
If that is what you want: %1 --force</source>
        <translation>Es wurde nichts geändert. Um zu sehen, was eine Synchronisierung tun würde: %1 --dry-run
Wenn das so gewollt ist: %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, set the drive&apos;s mode to Update (in the tray, or with EditDrive); to delete them: %1 --force</source>
        <translation>Es wurde nichts geändert. Um die Dateien zu sehen: %1 --dry-run
Um sie zu behalten, stellen Sie den Modus des Sync-Auftrags auf „Aktualisieren“ (in der Anwendung im Infobereich) bzw. auf Update (mit EditDrive); um sie zu löschen: %1 --force</translation>
    </message>
    <message>
        <source>they are kept for %1 under .letthatsyncin/versions</source>
        <translation>sie werden %1 lang unter .letthatsyncin/versions aufbewahrt</translation>
    </message>
    <message>
        <source>Cancelled while the folders were being checked; nothing was changed.</source>
        <translation>Abgebrochen, während die Ordner geprüft wurden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Abgebrochen, während der Lauf auf einen Ordner wartete, der nicht antwortet. Jede Datei im Ziel ist vollständig; eine zurückgebliebene temporäre Datei entfernt der nächste Lauf.</translation>
    </message>
    <message>
        <source>List a remote target in full instead of trusting what the last runs recorded of it (its index), and record it again.</source>
        <translation>Ein entferntes Ziel vollständig auflisten, statt dem zu vertrauen, was die letzten Läufe davon festgehalten haben (seinem Index), und es neu festhalten.</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted, nothing was changed.</source>
        <translation>Nichts wurde vertraut, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3).</source>
        <translation>Dem Host-Schlüssel von %1 (%2 %3) wird jetzt vertraut.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the key with:
%2</source>
        <translation>Nichts wurde geändert. %1
Sobald Sie ihn geprüft haben, vertrauen Sie dem Schlüssel mit:
%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>(For this run only. To store it: %1)</source>
        <translation>(Nur für diesen Lauf. Zum Speichern: %1)</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Passphrase für Schlüssel %1: </translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 fragt:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>Der Server hat die zuvor gegebenen Antworten abgelehnt.</translation>
    </message>
    <message>
        <source>For an upload form as TARGET (post+https://...): send the form field NAME with VALUE beside each file; may be repeated.</source>
        <translation>Für ein Upload-Formular als TARGET (post+https://...): das Formularfeld NAME mit dem Wert VALUE zu jeder Datei mitsenden; kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>For an upload form as TARGET: the form&apos;s field that takes the file (default: file).</source>
        <translation>Für ein Upload-Formular als TARGET: das Feld des Formulars, das die Datei aufnimmt (Standard: file).</translation>
    </message>
    <message>
        <source>--verify: an upload form cannot be listed; the run goes by its record of what was sent.</source>
        <translation>--verify: Ein Upload-Formular kann nicht aufgelistet werden; der Durchlauf richtet sich nach seiner Aufzeichnung dessen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>--upload-field and --upload-file-field are for an upload form as the target (post+https://...); %1 is not one.</source>
        <translation>--upload-field und --upload-file-field gelten für ein Upload-Formular als Ziel (post+https://...); %1 ist keines.</translation>
    </message>
    <message>
        <source>--upload-file-field needs the name of the form&apos;s file field.</source>
        <translation>--upload-file-field erwartet den Namen des Dateifelds des Formulars.</translation>
    </message>
    <message>
        <source>--upload-field takes NAME=VALUE, such as email=me@example.org; &quot;%1&quot; is not.</source>
        <translation>--upload-field erwartet NAME=VALUE, etwa email=me@example.org; „%1“ hat diese Form nicht.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2).</source>
        <translation>Dem Zertifikat von %1 (%2) wird jetzt vertraut.</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the certificate with:
%2</source>
        <translation>Nichts wurde geändert. %1
Sobald Sie es geprüft haben, vertrauen Sie dem Zertifikat mit:
%2</translation>
    </message>
    <message>
        <source>After the run, watch SOURCE and sync what changed each time it has been quiet for WatchDelay (2 s), until Ctrl+C.</source>
        <translation>Nach dem Lauf SOURCE überwachen und das Geänderte synchronisieren, sobald es jeweils WatchDelay (2 s) lang ruhig war, bis Strg+C gedrückt wird.</translation>
    </message>
    <message>
        <source>--watch syncs what changes; it cannot go with --dry-run.</source>
        <translation>--watch synchronisiert, was sich ändert; es lässt sich nicht mit --dry-run kombinieren.</translation>
    </message>
    <message>
        <source>Watching %1 for changes; Ctrl+C stops.</source>
        <translation>%1 wird auf Änderungen überwacht; Strg+C beendet.</translation>
    </message>
    <message>
        <source>Not watching: %1</source>
        <translation>Keine Überwachung: %1</translation>
    </message>
</context>
<context>
    <name>lts::SyncController</name>
    <message numerus="yes">
        <source>The clock moved %n minute(s) more than the time that passed (the computer slept, or the clock was set): missed runs start shortly.</source>
        <translation>
            <numerusform>Die Uhr ist %n Minute weiter vorgerückt, als tatsächlich Zeit vergangen ist (der Computer war im Ruhezustand oder die Uhr wurde gestellt): Verpasste Durchläufe starten in Kürze.</numerusform>
            <numerusform>Die Uhr ist %n Minuten weiter vorgerückt, als tatsächlich Zeit vergangen ist (der Computer war im Ruhezustand oder die Uhr wurde gestellt): Verpasste Durchläufe starten in Kürze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock was set back by %n minute(s); no drive waits longer than its interval because of it.</source>
        <translation>
            <numerusform>Die Uhr wurde um %n Minute zurückgestellt; dadurch wartet kein Sync-Auftrag länger als sein Intervall.</numerusform>
            <numerusform>Die Uhr wurde um %n Minuten zurückgestellt; dadurch wartet kein Sync-Auftrag länger als sein Intervall.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>Der Zielordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing; restore the version once the sync has ended.</source>
        <translation>„%1“ wird gerade synchronisiert; stellen Sie die Version wieder her, wenn die Synchronisierung beendet ist.</translation>
    </message>
    <message>
        <source>Another sync is writing to the target; try again once it has ended.</source>
        <translation>Eine andere Synchronisierung schreibt gerade in das Ziel; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>Der Quellordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the source of &quot;%3&quot;.</source>
        <translation>Die am %2 aufbewahrte Version von %1 wird in die Quelle von „%3“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the target of &quot;%3&quot;.</source>
        <translation>Die am %2 aufbewahrte Version von %1 wird in das Ziel von „%3“ wiederhergestellt.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; runs now, after &quot;%2&quot;.</source>
        <translation>Der Sync-Auftrag „%1“ läuft jetzt, nach „%2“.</translation>
    </message>
</context>
<context>
    <name>lts::SyncEngine</name>
    <message>
        <source>Cannot write to the target %1: it is read-only or permission is denied.</source>
        <translation>In das Ziel %1 kann nicht geschrieben werden: Es ist schreibgeschützt oder der Zugriff wird verweigert.</translation>
    </message>
    <message>
        <source>Cancelled before any change.</source>
        <translation>Abgebrochen, bevor etwas geändert wurde.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Durchlauf wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Cancelled; files copied so far are complete, none is half-written.</source>
        <translation>Abgebrochen; die bisher kopierten Dateien sind vollständig, keine ist nur halb geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be synced; the rest was.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht synchronisiert werden; alles andere wurde synchronisiert.</numerusform>
            <numerusform>%n Einträge konnten nicht synchronisiert werden; alles andere wurde synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were skipped; the rest was synced.</source>
        <translation>
            <numerusform>%n Eintrag wurde übersprungen; alles andere wurde synchronisiert.</numerusform>
            <numerusform>%n Einträge wurden übersprungen; alles andere wurde synchronisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the target: %1</source>
        <translation>In das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The target&apos;s .letthatsyncin is not a folder (%1); nothing was changed.</source>
        <translation>Der Eintrag .letthatsyncin im Ziel ist kein Ordner (%1); es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source folder cannot be read: %1</source>
        <translation>Der Quellordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 does not exist. Is the backup disk plugged in?</source>
        <translation>%1 existiert nicht. Ist der Sicherungsdatenträger angeschlossen?</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be created.</source>
        <translation>Der Zielordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>Der Zielordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>Der Quellordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Another sync (process %1 on %2) is writing to %3.</source>
        <translation>Eine andere Synchronisierung (Prozess %1 auf %2) schreibt gerade in %3.</translation>
    </message>
    <message numerus="yes">
        <source>The source has no files, so a mirror would delete all %n file(s) of the target.</source>
        <translation>
            <numerusform>Die Quelle enthält keine Dateien; Spiegeln würde daher die %n Datei im Ziel löschen.</numerusform>
            <numerusform>Die Quelle enthält keine Dateien; Spiegeln würde daher alle %n Dateien im Ziel löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target holds %n file(s) that the source does not have: a first mirror would delete them.</source>
        <translation>
            <numerusform>Das Ziel enthält %n Datei, die es in der Quelle nicht gibt: Der erste Durchlauf im Modus „Spiegeln“ würde sie löschen.</numerusform>
            <numerusform>Das Ziel enthält %n Dateien, die es in der Quelle nicht gibt: Der erste Durchlauf im Modus „Spiegeln“ würde sie löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mirror would delete %1 of the %2 files in the target (limit %3 %).</source>
        <translation>Spiegeln würde %1 der %2 Dateien im Ziel löschen (Löschgrenze %3 %).</translation>
    </message>
    <message>
        <source>only its permissions differ</source>
        <translation>nur die Berechtigungen unterscheiden sich</translation>
    </message>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>nicht gelöscht: Ein Teil der Quelle konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>A sync now would delete %n file(s), more than the %1 you confirmed: the folders changed since the review. Nothing was changed; review the drive again.</source>
        <translation>
            <numerusform>Eine Synchronisation würde jetzt %n Datei löschen, mehr als die %1, die Sie bestätigt haben: Die Ordner haben sich seit der Prüfung geändert. Es wurde nichts geändert; prüfen Sie den Sync-Auftrag erneut.</numerusform>
            <numerusform>Eine Synchronisation würde jetzt %n Dateien löschen, mehr als die %1, die Sie bestätigt haben: Die Ordner haben sich seit der Prüfung geändert. Es wurde nichts geändert; prüfen Sie den Sync-Auftrag erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full.</source>
        <translation>Kein Platz mehr auf dem Datenträger: Der Datenträger von %1 ist voll.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 ist ein Upload-Formular, das keine Dateien löschen kann: Wählen Sie den Modus Aktualisieren oder Verschieben, nicht Spiegeln.</translation>
    </message>
    <message>
        <source>The record of what was sent to %1 cannot be opened (%2): nothing was sent, so that no file is sent twice.</source>
        <translation>Die Aufzeichnung dessen, was an %1 gesendet wurde, kann nicht geöffnet werden (%2): Es wurde nichts gesendet, damit keine Datei zweimal gesendet wird.</translation>
    </message>
</context>
<context>
    <name>lts::SyncReport</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 errors; %7 copied in %8 s.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 gelöscht, %4 unverändert, %5 übersprungen, %6 Fehler; %7 in %8 s kopiert.</translation>
    </message>
</context>
<context>
    <name>lts::TextFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>noch %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>how long: kept for 30 days</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>how long: kept for 0.5 days</comment>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>lts::TrayApplication</name>
    <message>
        <source>%1

LetThatSyncIn may be running in the background as a service (letthatsyncin --headless): its drives are synced by it, and scripts reach it with &quot;letthatsyncin status&quot;.</source>
        <translation>%1

LetThatSyncIn läuft möglicherweise im Hintergrund als Dienst (letthatsyncin --headless): Dieser synchronisiert die Sync-Aufträge, und Skripte erreichen ihn mit „letthatsyncin status“.</translation>
    </message>
    <message numerus="yes">
        <source>Started with %n drive(s) from %1.</source>
        <translation>
            <numerusform>Gestartet mit %n Sync-Auftrag aus %1.</numerusform>
            <numerusform>Gestartet mit %n Sync-Aufträgen aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running; its Drives window is shown.</source>
        <translation>LetThatSyncIn läuft bereits; sein Fenster „Sync-Aufträge“ wird angezeigt.</translation>
    </message>
    <message>
        <source>LetThatSyncIn</source>
        <translation>LetThatSyncIn</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; the system&apos;s is used.</source>
        <translation>Für die Sprache „%1“ gibt es keine Übersetzung; die Systemsprache wird verwendet.</translation>
    </message>
    <message>
        <source>No system tray was found: the Drives window is shown instead.</source>
        <translation>Kein Infobereich gefunden: Stattdessen wird das Fenster „Sync-Aufträge“ angezeigt.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>About LetThatSyncIn</source>
        <translation>Über LetThatSyncIn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Keeps your folders in sync on a schedule, safely.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;WebSocket API for scripts: %2&lt;/p&gt;&lt;p&gt;Configuration: %3&lt;br&gt;Logs: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Hält Ihre Ordner sicher und nach Zeitplan synchron.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer.&lt;/p&gt;&lt;p&gt;WebSocket-API für Skripte: %2&lt;/p&gt;&lt;p&gt;Konfiguration: %3&lt;br&gt;Protokolle: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is its disk plugged in?).</source>
        <translation>Der Ordner %1 existiert nicht (ist sein Datenträger angeschlossen?).</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Quitting: running syncs are cancelled.</source>
        <translation>Wird beendet: Laufende Synchronisierungen werden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is on a server that the file manager cannot open by its address; use the server&apos;s own tools to look at it.</source>
        <translation>%1 liegt auf einem Server, den der Dateimanager nicht über eine Adresse öffnen kann; sehen Sie ihn sich mit den eigenen Werkzeugen des Servers an.</translation>
    </message>
</context>
<context>
    <name>lts::TrayIcon</name>
    <message>
        <source>Sync all now</source>
        <translation>Alle jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>Add drive...</source>
        <translation>Sync-Auftrag hinzufügen …</translation>
    </message>
    <message>
        <source>Drives...</source>
        <translation>Sync-Aufträge …</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>About...</source>
        <translation>Über LetThatSyncIn …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>lts::TrayView</name>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>partly synced</source>
        <translation>teilweise synchronisiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>comparing folders (%Ln to copy so far)</source>
        <translation>
            <numerusform>Ordner werden verglichen (bisher %Ln zu kopieren)</numerusform>
            <numerusform>Ordner werden verglichen (bisher %Ln zu kopieren)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing folders</source>
        <translation>Ordner werden verglichen</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>copying %1 of %2</source>
        <translation>kopiert %1 von %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>partly synced: %1</source>
        <translation>teilweise synchronisiert: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>noch nie synchronisiert</translation>
    </message>
    <message>
        <source>never synced, first run %1</source>
        <translation>noch nie synchronisiert, erster Durchlauf %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>%1 synchronisiert</translation>
    </message>
    <message>
        <source>waiting for another sync</source>
        <translation>wartet auf eine andere Synchronisierung</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>disk not available</source>
        <translation>Datenträger nicht verfügbar</translation>
    </message>
    <message>
        <source>No drives yet: choose Add drive...</source>
        <translation>Noch keine Sync-Aufträge: Wählen Sie „Sync-Auftrag hinzufügen …“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — not synced for over %2</source>
        <translation>%1 — länger als %2 nicht synchronisiert</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Letzter Durchlauf: nie</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Durchlauf: %1</translation>
    </message>
    <message>
        <source>Last run: %1, %2</source>
        <translation>Letzter Durchlauf: %1, %2</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review...</source>
        <translation>Prüfen …</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Quelle öffnen</translation>
    </message>
    <message>
        <source>Open target</source>
        <translation>Ziel öffnen</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle anhalten</translation>
    </message>
    <message>
        <source>cancelled %1, last synced %2</source>
        <translation>%1 abgebrochen, zuletzt %2 synchronisiert</translation>
    </message>
    <message>
        <source>Versions...</source>
        <translation>Versionen …</translation>
    </message>
    <message>
        <source>Trust the server...</source>
        <translation>Dem Server vertrauen...</translation>
    </message>
    <message>
        <source>Enter the password...</source>
        <translation>Passwort eingeben...</translation>
    </message>
    <message>
        <source>%1 — not watched: %2</source>
        <translation>%1 — nicht überwacht: %2</translation>
    </message>
</context>
<context>
    <name>lts::TrustCommand</name>
    <message>
        <source>fingerprint</source>
        <translation>fingerabdruck</translation>
    </message>
    <message>
        <source>trust needs one location, such as sftp://pi@logger.local/data.</source>
        <translation>trust braucht einen Ort, etwa sftp://pi@logger.local/data.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only the server of a remote location (sftp://...) has a key to trust.</source>
        <translation>%1 ist ein Ordner dieses Computers: Nur der Server eines entfernten Orts (sftp://...) hat einen Schlüssel, dem man vertrauen kann.</translation>
    </message>
    <message>
        <source>--fingerprint needs a fingerprint as ssh-keygen -lf prints it, such as SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; &quot;%1&quot; is not one.</source>
        <translation>--fingerprint braucht einen Fingerabdruck, wie ssh-keygen -lf ihn ausgibt, etwa SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; &quot;%1&quot; ist keiner.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is trusted already.</source>
        <translation>Dem Host-Schlüssel von %1 (%2 %3) wird bereits vertraut.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the key, trust it with:
%1</source>
        <translation>Nichts wurde vertraut. Sobald Sie den Schlüssel geprüft haben, vertrauen Sie ihm mit:
%1</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Vertrauen? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted. To trust it later:
%1</source>
        <translation>Nichts wurde vertraut. Um ihm später zu vertrauen:
%1</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3); it is kept in %4.</source>
        <translation>Dem Host-Schlüssel von %1 (%2 %3) wird jetzt vertraut; er wird in %4 aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>Nichts wurde vertraut.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was trusted.</source>
        <translation>Abgebrochen; nichts wurde vertraut.</translation>
    </message>
    <message>
        <source>Trust the key or certificate only if its fingerprint is this one (SHA256:..., as ssh-keygen -lf prints it on the server, or as the refusal of a certificate shows it).</source>
        <translation>Dem Schlüssel oder Zertifikat nur vertrauen, wenn sein Fingerabdruck dieser ist (SHA256:..., wie ssh-keygen -lf ihn auf dem Server ausgibt oder wie die Ablehnung eines Zertifikats ihn anzeigt).</translation>
    </message>
    <message>
        <source>Trusts the host key that the server of LOCATION (sftp://...) presents, or the certificate of an encrypted one (davs://...) that the system&apos;s authorities do not vouch for, so that syncs with it can run. With --fingerprint, it is trusted only if it is that one; without, it is shown and, on a terminal, you are asked.

Exit codes: 0 trusted, 2 the server cannot be reached, 3 not trusted (another fingerprint, or not confirmed), 4 bad command line.</source>
        <translation>Vertraut dem Host-Schlüssel, den der Server von LOCATION (sftp://...) vorlegt, oder dem Zertifikat eines verschlüsselten Servers (davs://...), für das die Zertifizierungsstellen des Systems nicht bürgen, damit Synchronisierungen mit diesem Server laufen können. Mit --fingerprint wird nur vertraut, wenn der Fingerabdruck übereinstimmt; ohne diese Option wird er angezeigt, und auf einem Terminal werden Sie gefragt.

Exit-Codes: 0 vertraut, 2 Server nicht erreichbar, 3 nicht vertraut (anderer Fingerabdruck oder nicht bestätigt), 4 fehlerhafte Befehlszeile.</translation>
    </message>
    <message>
        <source>The server of %1 has no key or certificate to trust: trust is for sftp:// and the encrypted kinds (davs://, ftpes://, ftps://, post+https://).</source>
        <translation>Der Server von %1 hat keinen Schlüssel und kein Zertifikat, dem man vertrauen kann: trust gilt für sftp:// und die verschlüsselten Arten (davs://, ftpes://, ftps://, post+https://).</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is trusted already.</source>
        <translation>Dem Zertifikat von %1 (%2) wird bereits vertraut.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the certificate, trust it with:
%1</source>
        <translation>Nichts wurde vertraut. Sobald Sie das Zertifikat geprüft haben, vertrauen Sie ihm mit:
%1</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2); it is kept in %3.</source>
        <translation>Dem Zertifikat von %1 (%2) wird jetzt vertraut; es wird in %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>lts::TrustDialog</name>
    <message>
        <source>Server key changed</source>
        <translation>Serverschlüssel geändert</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Unbekannter Serverschlüssel</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (Port %2)</translation>
    </message>
    <message>
        <source>WARNING: the key of the server %1 has changed</source>
        <translation>WARNUNG: Der Schlüssel des Servers %1 hat sich geändert</translation>
    </message>
    <message>
        <source>The key of the server %1 is not known yet</source>
        <translation>Der Schlüssel des Servers %1 ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>The server presents another key than the one trusted before. It may have been reinstalled or given a new key, but someone may also be between you and the server, to read or change your files. Trust the new key only if the server&apos;s administrator confirms that it changed.</source>
        <translation>Der Server legt einen anderen Schlüssel vor als den, dem zuvor vertraut wurde. Er wurde vielleicht neu installiert oder hat einen neuen Schlüssel bekommen, aber es kann auch jemand zwischen Ihnen und dem Server stehen, um Ihre Dateien zu lesen oder zu ändern. Vertrauen Sie dem neuen Schlüssel nur, wenn der Administrator des Servers bestätigt, dass er sich geändert hat.</translation>
    </message>
    <message>
        <source>LetThatSyncIn has not connected to this server before, so it cannot be sure that it is the server you mean and not another one in its place. Compare the key&apos;s fingerprint with the one the server itself shows.</source>
        <translation>LetThatSyncIn hat sich noch nie mit diesem Server verbunden und kann daher nicht sicher sein, dass es der gemeinte Server ist und nicht ein anderer an seiner Stelle. Vergleichen Sie den Fingerabdruck des Schlüssels mit dem, den der Server selbst anzeigt.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>&amp;Presented now:</source>
        <translation>&amp;Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerabdruck:</translation>
    </message>
    <message>
        <source>To check it, run this on the server, or ask its administrator to; it must print the same fingerprint:</source>
        <translation>Zum Prüfen führen Sie dies auf dem Server aus oder bitten den Administrator darum; es muss denselben Fingerabdruck ausgeben:</translation>
    </message>
    <message>
        <source>Command that prints the fingerprint on the server</source>
        <translation>Befehl, der den Fingerabdruck auf dem Server ausgibt</translation>
    </message>
    <message>
        <source>Trust the new key only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Vertrauen Sie dem neuen Schlüssel nur, wenn der Administrator seinen Fingerabdruck bestätigt: LetThatSyncIn synchronisiert dann die Sync-Aufträge, die darauf warten. Sonst brechen Sie ab und synchronisieren nichts mit diesem Server.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the key: LetThatSyncIn remembers it and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>Wenn die Fingerabdrücke gleich sind, vertrauen Sie dem Schlüssel: LetThatSyncIn merkt ihn sich und synchronisiert die Sync-Aufträge, die darauf warten. Wenn sie sich unterscheiden, brechen Sie ab.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Diesem Schlüssel &amp;vertrauen</translation>
    </message>
    <message>
        <source>Asking the server for its key…</source>
        <translation>Der Server wird nach seinem Schlüssel gefragt…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another key than the one shown here (%1). Sync the drive again to see the key it presents now, and check that one.</source>
        <translation>Es wurde nichts vertraut: Der Server legt jetzt einen anderen Schlüssel vor als den hier gezeigten (%1). Synchronisieren Sie den Sync-Auftrag erneut, um den Schlüssel zu sehen, den er jetzt vorlegt, und prüfen Sie diesen.</translation>
    </message>
    <message>
        <source>Nothing was trusted: %1</source>
        <translation>Es wurde nichts vertraut: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Serverzertifikat geändert</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Unbekanntes Serverzertifikat</translation>
    </message>
    <message>
        <source>WARNING: the certificate of the server %1 has changed</source>
        <translation>WARNUNG: Das Zertifikat des Servers %1 hat sich geändert</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not trusted yet</source>
        <translation>Dem Zertifikat des Servers %1 wird noch nicht vertraut</translation>
    </message>
    <message>
        <source>The server presents another certificate than the one trusted before. It may have been given a new one, but someone may also be between you and the server, to read or change your files. Trust the new certificate only if the server&apos;s administrator confirms that it changed.</source>
        <translation>Der Server legt ein anderes Zertifikat vor als das, dem zuvor vertraut wurde. Er hat vielleicht ein neues bekommen, aber es kann auch jemand zwischen Ihnen und dem Server stehen, um Ihre Dateien zu lesen oder zu ändern. Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator des Servers bestätigt, dass es sich geändert hat.</translation>
    </message>
    <message>
        <source>None of this computer&apos;s certificate authorities vouches for this certificate (a NAS or a server often makes its own), so LetThatSyncIn cannot be sure that it is the server you mean and not another one in its place. Compare the certificate&apos;s fingerprint with the one the server itself shows.</source>
        <translation>Keine Zertifizierungsstelle dieses Computers bürgt für dieses Zertifikat (ein NAS oder Server erstellt oft sein eigenes), daher kann LetThatSyncIn nicht sicher sein, dass es der gemeinte Server ist und nicht ein anderer an seiner Stelle. Vergleichen Sie den Fingerabdruck des Zertifikats mit dem, den der Server selbst anzeigt.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>To check it, run this on the server with the file of its certificate, or ask its administrator to; it must print the same fingerprint (with a &quot;=&quot; at its end):</source>
        <translation>Zum Prüfen führen Sie dies auf dem Server mit der Datei seines Zertifikats aus oder bitten den Administrator darum; es muss denselben Fingerabdruck ausgeben (mit einem „=“ am Ende):</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Vertrauen Sie dem neuen Zertifikat nur, wenn der Administrator seinen Fingerabdruck bestätigt: LetThatSyncIn synchronisiert dann die Sync-Aufträge, die darauf warten. Sonst brechen Sie ab und synchronisieren nichts mit diesem Server.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the certificate: LetThatSyncIn remembers it for this server and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>Wenn die Fingerabdrücke gleich sind, vertrauen Sie dem Zertifikat: LetThatSyncIn merkt es sich für diesen Server und synchronisiert die Sync-Aufträge, die darauf warten. Wenn sie sich unterscheiden, brechen Sie ab.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Asking the server for its certificate…</source>
        <translation>Der Server wird nach seinem Zertifikat gefragt…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another certificate than the one shown here (%1). Sync the drive again to see the one it presents now, and check that one.</source>
        <translation>Es wurde nichts vertraut: Der Server legt jetzt ein anderes Zertifikat vor als das hier gezeigte (%1). Synchronisieren Sie den Sync-Auftrag erneut, um das Zertifikat zu sehen, das er jetzt vorlegt, und prüfen Sie dieses.</translation>
    </message>
</context>
<context>
    <name>lts::TrustedCertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its folder cannot be made</source>
        <translation>der Ordner dafür kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>another program holds %1.lock</source>
        <translation>%1.lock ist von einem anderen Programm belegt</translation>
    </message>
</context>
<context>
    <name>lts::Uploader</name>
    <message>
        <source>a link: an upload form takes files only, and links are not sent</source>
        <translation>ein Link: Ein Upload-Formular nimmt nur Dateien an, Links werden nicht gesendet</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>hat sich während des Durchlaufs geändert; in der Quelle belassen</translation>
    </message>
    <message>
        <source>Cannot open the source folder.</source>
        <translation>Der Quellordner kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>it changed in the source after it was sent; kept there</source>
        <translation>hat sich nach dem Senden in der Quelle geändert; dort belassen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>it changed while it was read; it is sent on the next run</source>
        <translation>hat sich beim Lesen geändert; wird beim nächsten Durchlauf gesendet</translation>
    </message>
    <message>
        <source>Sent, but cannot remove it from the source: %1</source>
        <translation>Gesendet, kann aber nicht aus der Quelle entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>lts::VersionStore</name>
    <message>
        <source>&quot;%1&quot; is not a path inside the drive.</source>
        <translation>„%1“ ist kein Pfad innerhalb des Sync-Auftrags.</translation>
    </message>
    <message>
        <source>There is no version of %1 kept at %2.</source>
        <translation>Von %1 gibt es keine Version, die am %2 aufbewahrt wurde.</translation>
    </message>
    <message>
        <source>Cannot make the folder to restore into: %1</source>
        <translation>Der Ordner für die Wiederherstellung kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>lts::VersionTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt am</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>lts::VersionsWindow</name>
    <message>
        <source>Overwritten</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versionen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps no versions now (Keep versions is off in its settings); the ones kept before are listed here.</source>
        <translation>„%1“ bewahrt derzeit keine Versionen auf („Versionen aufbewahren“ steht in seinen Einstellungen auf „Aus“); die zuvor aufbewahrten sind hier aufgeführt.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Nach Name oder Ordner filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Restore into the &amp;source</source>
        <translation>In die &amp;Quelle wiederherstellen</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the source folder, where the next sync takes them to the target again</source>
        <translation>Die ausgewählten Versionen zurück in den Quellordner kopieren; die nächste Synchronisierung überträgt sie wieder ins Ziel</translation>
    </message>
    <message>
        <source>Restore into the &amp;target</source>
        <translation>In das &amp;Ziel wiederherstellen</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the target folder</source>
        <translation>Die ausgewählten Versionen zurück in den Zielordner kopieren</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the chosen version in the file manager</source>
        <translation>Die ausgewählte Version im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The versions cannot be read: %1</source>
        <translation>Die Versionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No versions are kept: no sync of this drive has overwritten or deleted a file yet.</source>
        <translation>Es sind keine Versionen vorhanden: Noch keine Synchronisierung dieses Sync-Auftrags hat eine Datei überschrieben oder gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept.</source>
        <translation>
            <numerusform>%n Version aufbewahrt.</numerusform>
            <numerusform>%n Versionen aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>Die Versionen werden gelesen …</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Restored into the source: %1</source>
        <translation>In die Quelle wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restored into the target: %1</source>
        <translation>In das Ziel wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>A mirror keeps the target like the source: the next sync takes these files away again (and keeps them as versions). Restore into the source to keep them.</source>
        <translation>Beim Spiegeln wird das Ziel der Quelle angeglichen: Die nächste Synchronisierung entfernt diese Dateien wieder (und bewahrt sie als Versionen auf). Um sie zu behalten, verwenden Sie „In die Quelle wiederherstellen“.</translation>
    </message>
    <message>
        <source>The files that syncs of &quot;%1&quot; overwrote or deleted in its target are kept for %2. Choose files and put them back; nothing is overwritten: a file restored where another stands comes back beside it.</source>
        <translation>Die Dateien, die Synchronisationen von „%1“ im Ziel überschrieben oder gelöscht haben, werden %2 lang aufbewahrt. Wählen Sie Dateien aus und holen Sie sie zurück; nichts wird überschrieben: Steht an ihrer Stelle eine andere Datei, kommt die Version daneben zurück.</translation>
    </message>
</context>
<context>
    <name>lts::VolumeIdentity</name>
    <message>
        <source>Cannot record the volume identity in %1: %2</source>
        <translation>Die Datenträgerkennung kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The source folder is not on the disk it was on at the last run.</source>
        <translation>Der Quellordner liegt nicht mehr auf dem Datenträger, auf dem er beim letzten Durchlauf lag.</translation>
    </message>
    <message>
        <source>The target folder is not on the disk it was on at the last run. Is the backup disk plugged in?</source>
        <translation>Der Zielordner liegt nicht mehr auf dem Datenträger, auf dem er beim letzten Durchlauf lag. Ist der Sicherungsdatenträger angeschlossen?</translation>
    </message>
    <message>
        <source>The target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted?</source>
        <translation>Der Zielordner ist nicht der zuvor synchronisierte (seine Markierung in .letthatsyncin fehlt). Ist der Sicherungsdatenträger eingehängt?</translation>
    </message>
</context>
<context>
    <name>lts::WatchReasons</name>
    <message>
        <source>Too many folders for inotify (%1 watched, the system allows no more): raise fs.inotify.max_user_watches, e.g. sudo sysctl fs.inotify.max_user_watches=%2; until then the drive syncs at its interval.</source>
        <translation>Zu viele Ordner für inotify (%1 überwacht, das System erlaubt nicht mehr): Erhöhen Sie fs.inotify.max_user_watches, z. B. mit sudo sysctl fs.inotify.max_user_watches=%2; bis dahin synchronisiert der Sync-Auftrag in seinem Intervall.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2), which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 liegt auf einem Netzwerkdateisystem (%2), das keine Änderungen meldet: Der Sync-Auftrag synchronisiert in seinem Intervall.</translation>
    </message>
    <message>
        <source>Cannot watch %1 (%2): the drive syncs at its interval.</source>
        <translation>%1 kann nicht überwacht werden (%2): Der Sync-Auftrag synchronisiert in seinem Intervall.</translation>
    </message>
</context>
<context>
    <name>lts::WindowsWatcher</name>
    <message>
        <source>a network share</source>
        <translation>eine Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
</context>
</TS>
