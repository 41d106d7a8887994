<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Location</name>
    <message>
        <source>%1 presents no certificate to trust.</source>
        <translation>%1 presents no certificate to trust.</translation>
    </message>
    <message>
        <source>The server presents the certificate %1, not %2</source>
        <translation>The server presents the certificate %1, not %2</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers is not installed (%1 was not found).</source>
        <translation>The part of LetThatSyncIn that reaches SFTP and FTP servers is not installed (%1 was not found).</translation>
    </message>
    <message>
        <source>The part of LetThatSyncIn that reaches SFTP and FTP servers does not load: %1</source>
        <translation>The part of LetThatSyncIn that reaches SFTP and FTP servers does not load: %1</translation>
    </message>
    <message>
        <source>This build of LetThatSyncIn has no SFTP or FTP.</source>
        <translation>This build of LetThatSyncIn has no SFTP or FTP.</translation>
    </message>
</context>
<context>
    <name>Rclone</name>
    <message>
        <source>rclone is not installed: install the package rclone</source>
        <translation>rclone is not installed: install the package rclone</translation>
    </message>
    <message>
        <source>rclone rcd did not start: %1</source>
        <translation>rclone rcd did not start: %1</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <source>The connection was lost</source>
        <translation>The connection was lost</translation>
    </message>
    <message>
        <source>Cannot find the server (%1)</source>
        <translation>Cannot find the server (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds</source>
        <translation>
            <numerusform>The server did not answer within %n seconds</numerusform>
            <numerusform>The server did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Out of memory</translation>
    </message>
    <message>
        <source>The server offers no SFTP (%1)</source>
        <translation>The server offers no SFTP (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s host key changed: it was %1 and is now %2. Trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>The server&apos;s host key changed: it was %1 and is now %2. Trust the new key only if the server&apos;s administrator confirms it.</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>another key</translation>
    </message>
    <message>
        <source>The server&apos;s host key %1 is not trusted yet</source>
        <translation>The server&apos;s host key %1 is not trusted yet</translation>
    </message>
    <message>
        <source>The server presents the host key %1, not %2</source>
        <translation>The server presents the host key %1, not %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The server refused (SFTP status %1)</source>
        <translation>The server refused (SFTP status %1)</translation>
    </message>
    <message>
        <source>The connection was lost and could not be made again (%1)</source>
        <translation>The connection was lost and could not be made again (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Cannot find the server: the name lookup did not answer within %n seconds</source>
        <translation>
            <numerusform>Cannot find the server: the name lookup did not answer within %n seconds</numerusform>
            <numerusform>Cannot find the server: the name lookup did not answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase given for the key %1 does not open it.</source>
        <translation>The passphrase given for the key %1 does not open it.</translation>
    </message>
    <message>
        <source>The key %1 has a passphrase, and none is stored for it.</source>
        <translation>The key %1 has a passphrase, and none is stored for it.</translation>
    </message>
    <message>
        <source>The server asked questions that only a person can answer (&quot;%1&quot;): run the sync on a terminal to answer them.</source>
        <translation>The server asked questions that only a person can answer (&quot;%1&quot;): run the sync on a terminal to answer them.</translation>
    </message>
    <message>
        <source>Nobody answered the server&apos;s questions.</source>
        <translation>Nobody answered the server&apos;s questions.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with every key and password tried.</source>
        <translation>The server refused the login of %1 with every key and password tried.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>No password is stored for %1.</translation>
    </message>
    <message>
        <source>The server&apos;s SFTP answer makes no sense (%1)</source>
        <translation>The server&apos;s SFTP answer makes no sense (%1)</translation>
    </message>
    <message>
        <source>The server refused the answers given to its questions.</source>
        <translation>The server refused the answers given to its questions.</translation>
    </message>
</context>
<context>
    <name>UploadForm</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>The server wants a login, and the location names no user.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>No password is stored for %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>The server refused the login of %1 with the stored password.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>The server did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>The server failed to take the file (%1)</source>
        <translation>The server failed to take the file (%1)</translation>
    </message>
    <message>
        <source>The form refused the file (%1)</source>
        <translation>The form refused the file (%1)</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Cannot keep the upload in a temporary file of this computer (%1)</translation>
    </message>
    <message>
        <source>An upload form only takes files: it cannot be listed, and nothing in it can be read, renamed or removed</source>
        <translation>An upload form only takes files: it cannot be listed, and nothing in it can be read, renamed or removed</translation>
    </message>
    <message>
        <source>The server presented no certificate</source>
        <translation>The server presented no certificate</translation>
    </message>
</context>
<context>
    <name>WebDav</name>
    <message>
        <source>The server&apos;s answer is not a WebDAV listing (%1)</source>
        <translation>The server&apos;s answer is not a WebDAV listing (%1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) is not one the system&apos;s authorities vouch for: %2</source>
        <translation>The server&apos;s certificate (%1) is not one the system&apos;s authorities vouch for: %2</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>No password is stored for %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>The server refused the login of %1 with the stored password.</translation>
    </message>
    <message>
        <source>The server wants a login, and the location names no user.</source>
        <translation>The server wants a login, and the location names no user.</translation>
    </message>
    <message>
        <source>The server is not available</source>
        <translation>The server is not available</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>The server did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>The server sent the request elsewhere</source>
        <translation>The server sent the request elsewhere</translation>
    </message>
    <message>
        <source>Cannot keep the upload in a temporary file of this computer (%1)</source>
        <translation>Cannot keep the upload in a temporary file of this computer (%1)</translation>
    </message>
    <message>
        <source>The server does not tell its free space</source>
        <translation>The server does not tell its free space</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed: it was %1 and is now %2. Trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>The server&apos;s certificate changed: it was %1 and is now %2. Trust the new one only if the server&apos;s administrator confirms it.</translation>
    </message>
    <message>
        <source>The connection was lost in the middle of the upload</source>
        <translation>The connection was lost in the middle of the upload</translation>
    </message>
    <message>
        <source>The server still holds the name for an upload that lost its connection (HTTP 423 Locked)</source>
        <translation>The server still holds the name for an upload that lost its connection (HTTP 423 Locked)</translation>
    </message>
    <message>
        <source>The file changed while it was sent (%1 bytes announced, %2 given)</source>
        <translation>The file changed while it was sent (%1 bytes announced, %2 given)</translation>
    </message>
</context>
<context>
    <name>lts</name>
    <message>
        <source>it is not made out to %1</source>
        <translation>it is not made out to %1</translation>
    </message>
    <message>
        <source>rclone takes only names in UTF-8; this one is not</source>
        <translation>rclone takes only names in UTF-8; this one is not</translation>
    </message>
    <message>
        <source>rclone has no remote named &quot;%1&quot; in its configuration %2: add it with &quot;rclone config&quot;.</source>
        <translation>rclone has no remote named &quot;%1&quot; in its configuration %2: add it with &quot;rclone config&quot;.</translation>
    </message>
</context>
<context>
    <name>lts::ApiClient</name>
    <message>
        <source>LetThatSyncIn is not running (nothing answers on %1).</source>
        <translation>LetThatSyncIn is not running (nothing answers on %1).</translation>
    </message>
    <message>
        <source>The running LetThatSyncIn refused the connection: %1</source>
        <translation>The running LetThatSyncIn refused the connection: %1</translation>
    </message>
    <message numerus="yes">
        <source>LetThatSyncIn did not answer within %n second(s).</source>
        <translation>
            <numerusform>LetThatSyncIn did not answer within %n second.</numerusform>
            <numerusform>LetThatSyncIn did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>What listens on %1 is not your LetThatSyncIn: it belongs to another user, so neither your request nor your token was sent to it.</source>
        <translation>What listens on %1 is not your LetThatSyncIn: it belongs to another user, so neither your request nor your token was sent to it.</translation>
    </message>
</context>
<context>
    <name>lts::ApiServer</name>
    <message>
        <source>The WebSocket server does not start on %1: that address can be reached from other computers, which needs the RequireToken setting on. Turn RequireToken on, or listen on 127.0.0.1.</source>
        <translation>The WebSocket server does not start on %1: that address can be reached from other computers, which needs the RequireToken setting on. Turn RequireToken on, or listen on 127.0.0.1.</translation>
    </message>
    <message>
        <source>The WebSocket server does not start: RequireToken is on, and the API token could not be read.</source>
        <translation>The WebSocket server does not start: RequireToken is on, and the API token could not be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address the WebSocket server can listen on, so it is off. Use an address such as 127.0.0.1 in the settings or with --ws-address.</source>
        <translation>&quot;%1&quot; is not an IP address the WebSocket server can listen on, so it is off. Use an address such as 127.0.0.1 in the settings or with --ws-address.</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already used by another program, so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>Port %1 on %2 is already used by another program, so the WebSocket server is off. Choose another port in the settings or with --ws-port.</translation>
    </message>
    <message>
        <source>The system does not let LetThatSyncIn listen on port %1 (ports below 1024 need administrator rights), so the WebSocket server is off. Choose another port in the settings or with --ws-port.</source>
        <translation>The system does not let LetThatSyncIn listen on port %1 (ports below 1024 need administrator rights), so the WebSocket server is off. Choose another port in the settings or with --ws-port.</translation>
    </message>
    <message>
        <source>%1 is not an address of this computer, so the WebSocket server is off. Choose another address in the settings or with --ws-address.</source>
        <translation>%1 is not an address of this computer, so the WebSocket server is off. Choose another address in the settings or with --ws-address.</translation>
    </message>
    <message>
        <source>The WebSocket server cannot listen on %1 (%2), so it is off.</source>
        <translation>The WebSocket server cannot listen on %1 (%2), so it is off.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): command-line clients will look for the server at the address and port of the settings.</source>
        <translation>Cannot write %1 (%2): command-line clients will look for the server at the address and port of the settings.</translation>
    </message>
</context>
<context>
    <name>lts::ApiService</name>
    <message>
        <source>The WebSocket server is not running: %1</source>
        <translation>The WebSocket server is not running: %1</translation>
    </message>
    <message>
        <source>The WebSocket server is off (WebSocketPort 0).</source>
        <translation>The WebSocket server is off (WebSocketPort 0).</translation>
    </message>
    <message>
        <source>Scripts can connect to ws://%1:%2.</source>
        <translation>Scripts can connect to ws://%1:%2.</translation>
    </message>
    <message>
        <source>A new API token was made: scripts using the old one are refused.</source>
        <translation>A new API token was made: scripts using the old one are refused.</translation>
    </message>
</context>
<context>
    <name>lts::ApiToken</name>
    <message>
        <source>The API token file %1 cannot be read (%2). Make it readable by its owner (chmod 600), or remove it to have a new one made at the next start.</source>
        <translation>The API token file %1 cannot be read (%2). Make it readable by its owner (chmod 600), or remove it to have a new one made at the next start.</translation>
    </message>
    <message>
        <source>The API token file %1 is not a regular file. Remove it to have a new one made at the next start.</source>
        <translation>The API token file %1 is not a regular file. Remove it to have a new one made at the next start.</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (one line of letters, digits and punctuation, without spaces). Remove it to have a new one made at the next start.</source>
        <translation>The API token file %1 does not hold a token (one line of letters, digits and punctuation, without spaces). Remove it to have a new one made at the next start.</translation>
    </message>
    <message>
        <source>The API token cannot be saved in %1 (%2).</source>
        <translation>The API token cannot be saved in %1 (%2).</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
    <message>
        <source>The API token file %1 belongs to another user, who may have chosen the token. Remove it to have a new one made at the next start.</source>
        <translation>The API token file %1 belongs to another user, who may have chosen the token. Remove it to have a new one made at the next start.</translation>
    </message>
    <message>
        <source>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it readable by you only (chmod 600).</source>
        <translation>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it readable by you only (chmod 600).</translation>
    </message>
</context>
<context>
    <name>lts::Autostart</name>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: %1 cannot be written (%2).</source>
        <translation>LetThatSyncIn cannot be set to start when you log in: %1 cannot be written (%2).</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>its folder cannot be created</translation>
    </message>
    <message>
        <source>LetThatSyncIn cannot be set to start when you log in: the registry value %1 cannot be written.</source>
        <translation>LetThatSyncIn cannot be set to start when you log in: the registry value %1 cannot be written.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: the registry value %1 cannot be removed.</source>
        <translation>LetThatSyncIn still starts when you log in: the registry value %1 cannot be removed.</translation>
    </message>
    <message>
        <source>%1 was not made by LetThatSyncIn, so it is left as it is. Remove it to stop LetThatSyncIn from starting when you log in.</source>
        <translation>%1 was not made by LetThatSyncIn, so it is left as it is. Remove it to stop LetThatSyncIn from starting when you log in.</translation>
    </message>
    <message>
        <source>LetThatSyncIn still starts when you log in: %1 cannot be removed (%2).</source>
        <translation>LetThatSyncIn still starts when you log in: %1 cannot be removed (%2).</translation>
    </message>
</context>
<context>
    <name>lts::AvailabilityProber</name>
    <message numerus="yes">
        <source>The source %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The source %1 did not answer within %n second.</numerusform>
            <numerusform>The source %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The target %1 did not answer within %n second.</numerusform>
            <numerusform>The target %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The folder %1 did not answer within %n second.</numerusform>
            <numerusform>The folder %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::Caller</name>
    <message>
        <source>not tried again after: %1</source>
        <translation>not tried again after: %1</translation>
    </message>
    <message>
        <source>rclone did not answer within %1 seconds</source>
        <translation>rclone did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>rclone&apos;s daemon does not answer (%1)</source>
        <translation>rclone&apos;s daemon does not answer (%1)</translation>
    </message>
    <message>
        <source>rclone made no progress within %1 seconds</source>
        <translation>rclone made no progress within %1 seconds</translation>
    </message>
</context>
<context>
    <name>lts::CommandLine</name>
    <message>
        <source>Folder of config.json (default: %1).</source>
        <translation>Folder of config.json (default: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Folder of the run state, history and logs (default: %1).</source>
        <translation>Folder of the run state, history and logs (default: %1).</translation>
    </message>
    <message>
        <source>Address the WebSocket server listens on, instead of the WebSocketAddress setting.</source>
        <translation>Address the WebSocket server listens on, instead of the WebSocketAddress setting.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it off.</source>
        <translation>Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it off.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Print the configured drives.</source>
        <translation>Print the configured drives.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>The command to run (see above).</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>&quot;list&quot; takes no arguments, but got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--ws-address needs an IP address such as 127.0.0.1, or localhost; &quot;%1&quot; is not one.</source>
        <translation>--ws-address needs an IP address such as 127.0.0.1, or localhost; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>--ws-port needs a port number from 0 to 65535 (0 turns the server off); &quot;%1&quot; is not one.</source>
        <translation>--ws-port needs a port number from 0 to 65535 (0 turns the server off); &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>Sync once.</source>
        <translation>Sync once.</translation>
    </message>
    <message>
        <source>Run the drives on their schedule without a display (as a service), until SIGTERM or Ctrl+C.</source>
        <translation>Run the drives on their schedule without a display (as a service), until SIGTERM or Ctrl+C.</translation>
    </message>
    <message>
        <source>--headless runs the schedule and takes no command, but got &quot;%1&quot;.</source>
        <translation>--headless runs the schedule and takes no command, but got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Print the state of the drives.</source>
        <translation>Print the state of the drives.</translation>
    </message>
    <message>
        <source>Send one request.</source>
        <translation>Send one request.</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>&quot;status&quot; takes no arguments, but got &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;send&quot; takes one request in JSON, such as &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</source>
        <translation>&quot;send&quot; takes one request in JSON, such as &apos;{&quot;request&quot;: &quot;GetStatus&quot;}&apos;.</translation>
    </message>
    <message>
        <source>Store a server&apos;s password.</source>
        <translation>Store a server&apos;s password.</translation>
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
        <translation>LetThatSyncIn keeps folders in sync on a schedule.

Commands:
  list                Print the configured drives as a table.
  status              Ask the running LetThatSyncIn how its drives are.
  send JSON           Send one request of the protocol, print the response.
  sync SOURCE TARGET  Sync SOURCE to TARGET once, now (see sync --help).
  sync --drive NAME   Sync a configured drive once, now.
  trust LOCATION      Trust the host key or certificate of a server (see trust --help).
  password LOCATION   Store the password of a server (see password --help).</translation>
    </message>
    <message>
        <source>Trust a server&apos;s host key or certificate.</source>
        <translation>Trust a server&apos;s host key or certificate.</translation>
    </message>
    <message>
        <source>This executable runs commands only: the tray is started by letthatsyncin without a command.</source>
        <translation>This executable runs commands only: the tray is started by letthatsyncin without a command.</translation>
    </message>
</context>
<context>
    <name>lts::ConfigStore</name>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>Cannot read the configuration file %1: %2.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON (%2 at character %3); no drive could be read from it.</source>
        <translation>The configuration file %1 is not valid JSON (%2 at character %3); no drive could be read from it.</translation>
    </message>
    <message>
        <source>The configuration file %1 must hold a JSON object; no drive could be read from it.</source>
        <translation>The configuration file %1 must hold a JSON object; no drive could be read from it.</translation>
    </message>
    <message>
        <source>The configuration file %1 was written by a newer version of LetThatSyncIn (format %2; this version reads format %3). It was left untouched: update LetThatSyncIn to use it.</source>
        <translation>The configuration file %1 was written by a newer version of LetThatSyncIn (format %2; this version reads format %3). It was left untouched: update LetThatSyncIn to use it.</translation>
    </message>
    <message>
        <source>The configuration file&apos;s Version must be %1; reading it as version %1.</source>
        <translation>The configuration file&apos;s Version must be %1; reading it as version %1.</translation>
    </message>
    <message>
        <source>Settings must be a JSON object; using the defaults.</source>
        <translation>Settings must be a JSON object; using the defaults.</translation>
    </message>
    <message>
        <source>Drives must be a list of drives; no drive could be read.</source>
        <translation>Drives must be a list of drives; no drive could be read.</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>number %1</translation>
    </message>
    <message>
        <source>Drive %1 was left out: %2</source>
        <translation>Drive %1 was left out: %2</translation>
    </message>
    <message>
        <source>Drive %1: %2</source>
        <translation>Drive %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the configuration to %1: %2. The previous file is unchanged.</source>
        <translation>Cannot save the configuration to %1: %2. The previous file is unchanged.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unusable configuration file as %1, so it was not overwritten.</source>
        <translation>Cannot keep a copy of the unusable configuration file as %1, so it was not overwritten.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialFiles</name>
    <message>
        <source>The password for %1 cannot be kept in %2: its name is too long for a file.</source>
        <translation>The password for %1 cannot be kept in %2: its name is too long for a file.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be read from %2: %3.</source>
        <translation>The password for %1 cannot be read from %2: %3.</translation>
    </message>
    <message>
        <source>The password for %1 is not used: other users may read or change its file %2. Make the file yours alone (chmod 600 %2) and check who else has seen it.</source>
        <translation>The password for %1 is not used: other users may read or change its file %2. Make the file yours alone (chmod 600 %2) and check who else has seen it.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored: %2</source>
        <translation>The password for %1 cannot be stored: %2</translation>
    </message>
    <message>
        <source>The password for %1 cannot be stored in %2: %3.</source>
        <translation>The password for %1 cannot be stored in %2: %3.</translation>
    </message>
    <message>
        <source>The password for %1 cannot be removed from %2: %3.</source>
        <translation>The password for %1 cannot be removed from %2: %3.</translation>
    </message>
</context>
<context>
    <name>lts::CredentialStore</name>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s) about the password for %1.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second about the password for %1.</numerusform>
            <numerusform>The keychain did not answer within %n seconds about the password for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain refused to give the password for %1: %2</source>
        <translation>The keychain refused to give the password for %1: %2</translation>
    </message>
    <message>
        <source>The keychain refused to store the password for %1: %2</source>
        <translation>The keychain refused to store the password for %1: %2</translation>
    </message>
    <message>
        <source>The password for %1 is given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=), which hides any other: change it there.</source>
        <translation>The password for %1 is given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=), which hides any other: change it there.</translation>
    </message>
    <message>
        <source>The password may still be stored there.</source>
        <translation>The password may still be stored there.</translation>
    </message>
    <message>
        <source>The keychain refused to remove the password for %1: %2</source>
        <translation>The keychain refused to remove the password for %1: %2</translation>
    </message>
    <message>
        <source>The password for %1 is still given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=): remove it there.</source>
        <translation>The password for %1 is still given by the service&apos;s credential %2 (systemd&apos;s LoadCredential=): remove it there.</translation>
    </message>
</context>
<context>
    <name>lts::DriveChains</name>
    <message>
        <source>The drive &quot;%1&quot; cannot run after itself.</source>
        <translation>The drive &quot;%1&quot; cannot run after itself.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; for &quot;%2&quot; to run after.</source>
        <translation>There is no drive &quot;%1&quot; for &quot;%2&quot; to run after.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run after &quot;%2&quot;: the chain would go round in a circle (%3).</source>
        <translation>&quot;%1&quot; cannot run after &quot;%2&quot;: the chain would go round in a circle (%3).</translation>
    </message>
    <message>
        <source>%1 It runs on its own schedule only.</source>
        <translation>%1 It runs on its own schedule only.</translation>
    </message>
</context>
<context>
    <name>lts::DriveCodec</name>
    <message>
        <source>A drive must be a JSON object.</source>
        <translation>A drive must be a JSON object.</translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation>The name must be text.</translation>
    </message>
    <message>
        <source>The source must be a folder path, as text.</source>
        <translation>The source must be a folder path, as text.</translation>
    </message>
    <message>
        <source>The target must be a folder path, as text.</source>
        <translation>The target must be a folder path, as text.</translation>
    </message>
    <message>
        <source>Sleep must be a positive number; the drive runs every 1 day.</source>
        <translation>Sleep must be a positive number; the drive runs every 1 day.</translation>
    </message>
    <message>
        <source>Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day.</source>
        <translation>Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day.</translation>
    </message>
    <message>
        <source>Mode must be Mirror, Update or Move; using Mirror.</source>
        <translation>Mode must be Mirror, Update or Move; using Mirror.</translation>
    </message>
    <message>
        <source>Enabled must be true or false; using true.</source>
        <translation>Enabled must be true or false; using true.</translation>
    </message>
    <message>
        <source>Exclude must be a list of patterns, as text; nothing is excluded.</source>
        <translation>Exclude must be a list of patterns, as text; nothing is excluded.</translation>
    </message>
    <message>
        <source>Hidden must be true or false; hidden files are synced.</source>
        <translation>Hidden must be true or false; hidden files are synced.</translation>
    </message>
    <message>
        <source>No drive was given.</source>
        <translation>No drive was given.</translation>
    </message>
    <message>
        <source>Versions must be a number of days from 0 to 3650; old versions are kept for 30 days.</source>
        <translation>Versions must be a number of days from 0 to 3650; old versions are kept for 30 days.</translation>
    </message>
    <message>
        <source>Upload must be an object such as {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}; the form gets the file in the field &quot;file&quot; and no other field.</source>
        <translation>Upload must be an object such as {&quot;FileField&quot;: &quot;file&quot;, &quot;Fields&quot;: {&quot;email&quot;: &quot;me@example.org&quot;}}; the form gets the file in the field &quot;file&quot; and no other field.</translation>
    </message>
    <message>
        <source>Upload&apos;s FileField must be the name of the form&apos;s file field, as text; using &quot;file&quot;.</source>
        <translation>Upload&apos;s FileField must be the name of the form&apos;s file field, as text; using &quot;file&quot;.</translation>
    </message>
    <message>
        <source>Upload&apos;s Fields must be an object of text values, such as {&quot;email&quot;: &quot;me@example.org&quot;}; no other field is sent.</source>
        <translation>Upload&apos;s Fields must be an object of text values, such as {&quot;email&quot;: &quot;me@example.org&quot;}; no other field is sent.</translation>
    </message>
    <message>
        <source>After must be the name of another drive, as text, or null.</source>
        <translation>After must be the name of another drive, as text, or null.</translation>
    </message>
    <message>
        <source>Watch must be true or false; the drive runs at its interval only.</source>
        <translation>Watch must be true or false; the drive runs at its interval only.</translation>
    </message>
</context>
<context>
    <name>lts::DriveEditorDialog</name>
    <message>
        <source>Add drive</source>
        <translation>Add drive</translation>
    </message>
    <message>
        <source>Edit drive %1</source>
        <translation>Edit drive %1</translation>
    </message>
    <message>
        <source>The folder to copy from</source>
        <translation>The folder to copy from</translation>
    </message>
    <message>
        <source>Choose the folder to copy from</source>
        <translation>Choose the folder to copy from</translation>
    </message>
    <message>
        <source>The folder to copy to; created by the first run</source>
        <translation>The folder to copy to; created by the first run</translation>
    </message>
    <message>
        <source>Choose the folder to copy to</source>
        <translation>Choose the folder to copy to</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Files and folders matching these patterns are not synced, and never deleted from the target: *.tmp, cache/, **/Thumbs.db</source>
        <translation>Files and folders matching these patterns are not synced, and never deleted from the target: *.tmp, cache/, **/Thumbs.db</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Temporary files</source>
        <translation>Temporary files</translation>
    </message>
    <message>
        <source>System files</source>
        <translation>System files</translation>
    </message>
    <message>
        <source>Include hidden files and folders</source>
        <translation>Include hidden files and folders</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclude:</translation>
    </message>
    <message>
        <source>&amp;Keep versions (days):</source>
        <translation>&amp;Keep versions (days):</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Compare the folders and list what a run would copy, update and delete, without changing anything.</source>
        <translation>Compare the folders and list what a run would copy, update and delete, without changing anything.</translation>
    </message>
    <message>
        <source>Choose an interval from 1 second to 366 days.</source>
        <translation>Choose an interval from 1 second to 366 days.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; no longer exists: it was removed while this window was open.</source>
        <translation>The drive &quot;%1&quot; no longer exists: it was removed while this window was open.</translation>
    </message>
    <message>
        <source>Makes the target an exact copy: files removed from the source are removed from the target too.</source>
        <translation>Makes the target an exact copy: files removed from the source are removed from the target too.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, and never deletes anything there.</source>
        <translation>Copies new and changed files to the target, and never deletes anything there.</translation>
    </message>
    <message>
        <source>Copies new and changed files to the target, then removes them from the source. The source folder itself is kept.</source>
        <translation>Copies new and changed files to the target, then removes them from the source. The source folder itself is kept.</translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are not kept.</source>
        <translation>Files that a run overwrites or deletes in the target are not kept.</translation>
    </message>
    <message numerus="yes">
        <source>Files that a run overwrites or deletes in the target are kept for %n day(s), in its .letthatsyncin/versions folder.</source>
        <translation>
            <numerusform>Files that a run overwrites or deletes in the target are kept for %n day, in its .letthatsyncin/versions folder.</numerusform>
            <numerusform>Files that a run overwrites or deletes in the target are kept for %n days, in its .letthatsyncin/versions folder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that a run overwrites or deletes in the target are kept for %1 days, in its .letthatsyncin/versions folder.</source>
        <translation>Files that a run overwrites or deletes in the target are kept for %1 days, in its .letthatsyncin/versions folder.</translation>
    </message>
    <message numerus="yes">
        <source>Mirror would delete %n file(s) here that are not in the source. Preview… lists them.</source>
        <translation>
            <numerusform>Mirror would delete %n file here that is not in the source. Preview… lists it.</numerusform>
            <numerusform>Mirror would delete %n files here that are not in the source. Preview… lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
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
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Source on a server</source>
        <translation>Source on a server</translation>
    </message>
    <message>
        <source>Target on a server</source>
        <translation>Target on a server</translation>
    </message>
    <message>
        <source>Runs this drive right after the chosen drive&apos;s run went through (Success or Partial), besides its own schedule: a chain such as logger → cloud → card. Not after a failed run: the files wait.</source>
        <translation>Runs this drive right after the chosen drive&apos;s run went through (Success or Partial), besides its own schedule: a chain such as logger → cloud → card. Not after a failed run: the files wait.</translation>
    </message>
    <message>
        <source>Also run &amp;after:</source>
        <translation>Also run &amp;after:</translation>
    </message>
    <message>
        <source>No other drive</source>
        <translation>No other drive</translation>
    </message>
    <message>
        <source>S&amp;ync as soon as files change</source>
        <translation>S&amp;ync as soon as files change</translation>
    </message>
    <message>
        <source>The drive also runs a moment after something changes in the source, and looks only at what changed. Sources on a network share or a server sync at the interval.</source>
        <translation>The drive also runs a moment after something changes in the source, and looks only at what changed. Sources on a network share or a server sync at the interval.</translation>
    </message>
</context>
<context>
    <name>lts::DriveRegistry</name>
    <message>
        <source>There is no drive &quot;%1&quot;.</source>
        <translation>There is no drive &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The configuration file could not be read whole; it was kept as %1.</source>
        <translation>The configuration file could not be read whole; it was kept as %1.</translation>
    </message>
    <message>
        <source>Added the drive &quot;%1&quot;.</source>
        <translation>Added the drive &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Removed the drive &quot;%1&quot;; no file was touched.</source>
        <translation>Removed the drive &quot;%1&quot;; no file was touched.</translation>
    </message>
    <message>
        <source>%1 was removed; the drives stay as they are and are written back at the next change.</source>
        <translation>%1 was removed; the drives stay as they are and are written back at the next change.</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored: %2</source>
        <translation>The changes to %1 were ignored: %2</translation>
    </message>
    <message>
        <source>The changes to %1 were ignored until the file is fixed; the drives stay as they were.</source>
        <translation>The changes to %1 were ignored until the file is fixed; the drives stay as they were.</translation>
    </message>
    <message>
        <source>Read the changes to %1.</source>
        <translation>Read the changes to %1.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; ran after &quot;%2&quot;, which was removed: it runs on its own schedule now.</source>
        <translation>The drive &quot;%1&quot; ran after &quot;%2&quot;, which was removed: it runs on its own schedule now.</translation>
    </message>
</context>
<context>
    <name>lts::DriveStats</name>
    <message>
        <source>Cannot write the speed test file in %1: %2</source>
        <translation>Cannot write the speed test file in %1: %2</translation>
    </message>
    <message>
        <source>The speed test could not write to %1: %2</source>
        <translation>The speed test could not write to %1: %2</translation>
    </message>
    <message>
        <source>The target folder %1 does not exist yet; the drive&apos;s first run creates it.</source>
        <translation>The target folder %1 does not exist yet; the drive&apos;s first run creates it.</translation>
    </message>
    <message>
        <source>The speed test was cancelled.</source>
        <translation>The speed test was cancelled.</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Next sync</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copying %1</translation>
    </message>
    <message>
        <source>No successful sync for three intervals.</source>
        <translation>No successful sync for three intervals.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <translation>Syncing %1%</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Refused — review</source>
        <translation>Refused — review</translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Disk not available</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Some files failed</source>
        <translation>Some files failed</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Last run %1: %2</source>
        <translation>Last run %1: %2</translation>
    </message>
    <message>
        <source>%1, and after %2</source>
        <translation>%1, and after %2</translation>
    </message>
    <message>
        <source>Runs every %1, and right after each run of &quot;%2&quot; that went through.</source>
        <translation>Runs every %1, and right after each run of &quot;%2&quot; that went through.</translation>
    </message>
    <message>
        <source>%1, and on changes</source>
        <translation>%1, and on changes</translation>
    </message>
</context>
<context>
    <name>lts::DriveValidator</name>
    <message>
        <source>The drive needs a name.</source>
        <translation>The drive needs a name.</translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>The name must not contain control characters (such as a line break).</source>
        <translation>The name must not contain control characters (such as a line break).</translation>
    </message>
    <message>
        <source>Another drive is already called &quot;%1&quot;.</source>
        <translation>Another drive is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the folder to copy from.</source>
        <translation>Choose the folder to copy from.</translation>
    </message>
    <message>
        <source>The source must be a full path, such as /home/you/Pictures; &quot;%1&quot; is not.</source>
        <translation>The source must be a full path, such as /home/you/Pictures; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation>The source folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The source %1 is not a folder.</source>
        <translation>The source %1 is not a folder.</translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: permission denied.</source>
        <translation>The source folder %1 cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>Choose the folder to copy to.</source>
        <translation>Choose the folder to copy to.</translation>
    </message>
    <message>
        <source>The target must be a full path, such as /media/backup/Pictures; &quot;%1&quot; is not.</source>
        <translation>The target must be a full path, such as /media/backup/Pictures; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The target is the source folder itself.</source>
        <translation>The target is the source folder itself.</translation>
    </message>
    <message>
        <source>The target is inside the source folder, so it would copy itself into itself.</source>
        <translation>The target is inside the source folder, so it would copy itself into itself.</translation>
    </message>
    <message>
        <source>The target contains the source folder; mirroring would overwrite the source.</source>
        <translation>The target contains the source folder; mirroring would overwrite the source.</translation>
    </message>
    <message>
        <source>The target overlaps the target of drive &quot;%1&quot; (%2): two drives writing into one folder tree would delete each other&apos;s files.</source>
        <translation>The target overlaps the target of drive &quot;%1&quot; (%2): two drives writing into one folder tree would delete each other&apos;s files.</translation>
    </message>
    <message>
        <source>The target %1 exists and is not a folder.</source>
        <translation>The target %1 exists and is not a folder.</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be written to: permission denied.</source>
        <translation>The target folder %1 cannot be written to: permission denied.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created because %2 does not exist.</source>
        <translation>The target %1 cannot be created because %2 does not exist.</translation>
    </message>
    <message>
        <source>The target %1 cannot be created: %2 is not writable.</source>
        <translation>The target %1 cannot be created: %2 is not writable.</translation>
    </message>
    <message>
        <source>Every %1 is outside 1 second to 366 days; the drive runs every 1 day.</source>
        <translation>Every %1 is outside 1 second to 366 days; the drive runs every 1 day.</translation>
    </message>
    <message>
        <source>There are %1 drives already, as many as LetThatSyncIn keeps.</source>
        <translation>There are %1 drives already, as many as LetThatSyncIn keeps.</translation>
    </message>
    <message>
        <source>The name must not contain invisible characters (such as a zero-width space).</source>
        <translation>The name must not contain invisible characters (such as a zero-width space).</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which this version of LetThatSyncIn cannot reach yet; choose a folder of this computer (a network share mounted here is one).</source>
        <translation>%1 is a location of the kind &quot;%2&quot;, which this version of LetThatSyncIn cannot reach yet; choose a folder of this computer (a network share mounted here is one).</translation>
    </message>
    <message>
        <source>%1 is an upload form, which can only be a target: files are sent to it, never read from it.</source>
        <translation>%1 is an upload form, which can only be a target: files are sent to it, never read from it.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: its password crosses the network as it is, and anyone on the way can read it and your files. Use it only inside a network you trust, or choose the encrypted kind (davs://, ftpes://) if the server offers it.</source>
        <translation>%1 is not encrypted: its password crosses the network as it is, and anyone on the way can read it and your files. Use it only inside a network you trust, or choose the encrypted kind (davs://, ftpes://) if the server offers it.</translation>
    </message>
    <message>
        <source>A field of the upload form has no name.</source>
        <translation>A field of the upload form has no name.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field name &quot;%1&quot; holds a line break or another control character.</source>
        <translation>The upload form&apos;s field name &quot;%1&quot; holds a line break or another control character.</translation>
    </message>
    <message>
        <source>The upload form&apos;s field &quot;%1&quot; is the one that takes the file: give the other field another name.</source>
        <translation>The upload form&apos;s field &quot;%1&quot; is the one that takes the file: give the other field another name.</translation>
    </message>
    <message>
        <source>The upload form&apos;s file field needs a name without line breaks; using &quot;file&quot;.</source>
        <translation>The upload form&apos;s file field needs a name without line breaks; using &quot;file&quot;.</translation>
    </message>
    <message>
        <source>%1 It is not sent.</source>
        <translation>%1 It is not sent.</translation>
    </message>
</context>
<context>
    <name>lts::DriveWatches</name>
    <message>
        <source>%1 is on a server, which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 is on a server, which does not announce changes: the drive syncs at its interval.</translation>
    </message>
    <message>
        <source>This system cannot watch folders: the drive syncs at its interval.</source>
        <translation>This system cannot watch folders: the drive syncs at its interval.</translation>
    </message>
    <message>
        <source>Changes in the source of &quot;%1&quot; came faster than they could be read: the drive looks at all of its source.</source>
        <translation>Changes in the source of &quot;%1&quot; came faster than they could be read: the drive looks at all of its source.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; does not watch its source: %2</source>
        <translation>The drive &quot;%1&quot; does not watch its source: %2</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; watches its source %2.</source>
        <translation>The drive &quot;%1&quot; watches its source %2.</translation>
    </message>
</context>
<context>
    <name>lts::DrivesWindow</name>
    <message>
        <source>Drives</source>
        <translation>Drives</translation>
    </message>
    <message>
        <source>Sync this drive on its schedule again</source>
        <translation>Sync this drive on its schedule again</translation>
    </message>
    <message>
        <source>Stop syncing this drive on its schedule</source>
        <translation>Stop syncing this drive on its schedule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not synced, to keep your files safe.</source>
        <translation>&quot;%1&quot; was not synced, to keep your files safe.</translation>
    </message>
    <message>
        <source>Not synced, waiting for your review: %1</source>
        <translation>Not synced, waiting for your review: %1</translation>
    </message>
    <message>
        <source>Remove drive</source>
        <translation>Remove drive</translation>
    </message>
    <message>
        <source>Remove the drive &quot;%1&quot;?</source>
        <translation>Remove the drive &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>LetThatSyncIn stops syncing it. No file is deleted, neither in the source nor in the target.</source>
        <translation>LetThatSyncIn stops syncing it. No file is deleted, neither in the source nor in the target.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be removed.</source>
        <translation>The drive &quot;%1&quot; could not be removed.</translation>
    </message>
    <message>
        <source>The sync of &quot;%1&quot; could not be cancelled.</source>
        <translation>The sync of &quot;%1&quot; could not be cancelled.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be synced.</source>
        <translation>&quot;%1&quot; could not be synced.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be resumed.</source>
        <translation>The drive &quot;%1&quot; could not be resumed.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; could not be paused.</source>
        <translation>The drive &quot;%1&quot; could not be paused.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync (%1)</source>
        <translation>Add a folder to keep in sync (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the selected drive (Enter)</source>
        <translation>Change the selected drive (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>The files the syncs overwrote or deleted, to put back</source>
        <translation>The files the syncs overwrote or deleted, to put back</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>The runs of the selected drive (%1)</source>
        <translation>The runs of the selected drive (%1)</translation>
    </message>
    <message>
        <source>No drives yet. A drive keeps a folder in sync with another one: your photos with a backup disk, say.</source>
        <translation>No drives yet. A drive keeps a folder in sync with another one: your photos with a backup disk, say.</translation>
    </message>
    <message>
        <source>Add your first drive…</source>
        <translation>Add your first drive…</translation>
    </message>
    <message>
        <source>Sync this drive now (%1)</source>
        <translation>Sync this drive now (%1)</translation>
    </message>
    <message>
        <source>The message about &quot;%1&quot; could not be dismissed.</source>
        <translation>The message about &quot;%1&quot; could not be dismissed.</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>See every file a sync would copy and delete, without changing anything; run it from there if it is what you want</source>
        <translation>See every file a sync would copy and delete, without changing anything; run it from there if it is what you want</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>Restore the &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks; nothing is overwritten or deleted</source>
        <translation>Copy back into the source the files that the target has and the source lacks; nothing is overwritten or deleted</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Hide this message; the drive stays unsynced until you review it or its folders change</source>
        <translation>Hide this message; the drive stays unsynced until you review it or its folders change</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Res&amp;ume</translation>
    </message>
    <message>
        <source>Review shows every file a sync would delete, and runs it if you confirm. Restore the source copies them back into the source instead.</source>
        <translation>Review shows every file a sync would delete, and runs it if you confirm. Restore the source copies them back into the source instead.</translation>
    </message>
    <message>
        <source>Review shows what a sync would change, and runs it if you confirm.</source>
        <translation>Review shows what a sync would change, and runs it if you confirm.</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Restore the source</translation>
    </message>
    <message>
        <source>Copy back into the source of &quot;%1&quot; the files that its target has and the source lacks?</source>
        <translation>Copy back into the source of &quot;%1&quot; the files that its target has and the source lacks?</translation>
    </message>
    <message>
        <source>Nothing in the source is overwritten and nothing is deleted. Review first to see every file.</source>
        <translation>Nothing in the source is overwritten and nothing is deleted. Review first to see every file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be restored.</source>
        <translation>&quot;%1&quot; could not be restored.</translation>
    </message>
    <message>
        <source>It is syncing now; try again once this sync has ended.</source>
        <translation>It is syncing now; try again once this sync has ended.</translation>
    </message>
    <message>
        <source>&amp;Trust the server…</source>
        <translation>&amp;Trust the server…</translation>
    </message>
    <message>
        <source>See the server&apos;s key and how to check it, and trust it</source>
        <translation>See the server&apos;s key and how to check it, and trust it</translation>
    </message>
    <message>
        <source>Enter the pass&amp;word…</source>
        <translation>Enter the pass&amp;word…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s key is not trusted yet.</source>
        <translation>&quot;%1&quot; waits: the server&apos;s key is not trusted yet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server refused the login.</source>
        <translation>&quot;%1&quot; waits: the server refused the login.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits: the server&apos;s certificate is not trusted yet.</source>
        <translation>&quot;%1&quot; waits: the server&apos;s certificate is not trusted yet.</translation>
    </message>
</context>
<context>
    <name>lts::Executor</name>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>not deleted: part of the source could not be read</translation>
    </message>
    <message>
        <source>Cannot create the folder: %1</source>
        <translation>Cannot create the folder: %1</translation>
    </message>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Cannot open the target folder: %1</translation>
    </message>
    <message>
        <source>it changed while it was copied, twice; it is copied on the next run</source>
        <translation>it changed while it was copied, twice; it is copied on the next run</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; left as it is</source>
        <translation>it changed in the target since the run looked at it; left as it is</translation>
    </message>
    <message>
        <source>it changed in the source after it was copied; kept in the source</source>
        <translation>it changed in the source after it was copied; kept in the source</translation>
    </message>
    <message>
        <source>Copied, but cannot remove it from the source: %1</source>
        <translation>Copied, but cannot remove it from the source: %1</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>it changed during the run; kept in the source</translation>
    </message>
    <message>
        <source>Cannot remove it from the source: %1</source>
        <translation>Cannot remove it from the source: %1</translation>
    </message>
    <message>
        <source>Cannot set its permissions: %1</source>
        <translation>Cannot set its permissions: %1</translation>
    </message>
    <message>
        <source>it changed in the target since the run looked at it; not deleted</source>
        <translation>it changed in the target since the run looked at it; not deleted</translation>
    </message>
    <message>
        <source>Cannot delete it: %1</source>
        <translation>Cannot delete it: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in it changed during the run and were kept</source>
        <translation>
            <numerusform>%n file in it changed during the run and was kept</numerusform>
            <numerusform>%n files in it changed during the run and were kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set the folder&apos;s permissions and time: %1</source>
        <translation>Cannot set the folder&apos;s permissions and time: %1</translation>
    </message>
    <message>
        <source>The target folder cannot be opened.</source>
        <translation>The target folder cannot be opened.</translation>
    </message>
    <message>
        <source>Cannot note why the versions were kept: %1</source>
        <translation>Cannot note why the versions were kept: %1</translation>
    </message>
    <message>
        <source>not enough space on the target&apos;s disk: it needs %1, and %2 are free</source>
        <translation>not enough space on the target&apos;s disk: it needs %1, and %2 are free</translation>
    </message>
    <message numerus="yes">
        <source>No space left on device: the disk of %1 is full, and %n file(s) did not fit, %2 the first.</source>
        <translation>
            <numerusform>No space left on device: the disk of %1 is full, and %n file did not fit, %2 the first.</numerusform>
            <numerusform>No space left on device: the disk of %1 is full, and %n files did not fit, %2 the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The files a run overwrites or deletes stay on that disk as versions, and free no space before they expire.</source>
        <translation>The files a run overwrites or deletes stay on that disk as versions, and free no space before they expire.</translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full; %2 could not be written.</source>
        <translation>No space left on device: the disk of %1 is full; %2 could not be written.</translation>
    </message>
</context>
<context>
    <name>lts::FolderField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>%1 free of %2</translation>
    </message>
</context>
<context>
    <name>lts::FsEventsWatcher</name>
    <message>
        <source>FSEvents refused it</source>
        <translation>FSEvents refused it</translation>
    </message>
</context>
<context>
    <name>lts::FtpFolder</name>
    <message>
        <source>FTP servers do not tell their free space</source>
        <translation>FTP servers do not tell their free space</translation>
    </message>
    <message>
        <source>FTP cannot name a file with a line break</source>
        <translation>FTP cannot name a file with a line break</translation>
    </message>
</context>
<context>
    <name>lts::HeadlessService</name>
    <message numerus="yes">
        <source>Started in the background with %n drive(s) from %1; the log is in %2.</source>
        <translation>
            <numerusform>Started in the background with %n drive from %1; the log is in %2.</numerusform>
            <numerusform>Started in the background with %n drives from %1; the log is in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: running syncs are cancelled.</source>
        <translation>Stopping: running syncs are cancelled.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>lts::HistoryWindow</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>&amp;Drive:</source>
        <translation>&amp;Drive:</translation>
    </message>
    <message>
        <source>The log lists every run and, at the Verbose log level, every file.</source>
        <translation>The log lists every run and, at the Verbose log level, every file.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>All drives</source>
        <translation>All drives</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>No run yet.</translation>
    </message>
    <message>
        <source>Choose a run to see its files.</source>
        <translation>Choose a run to see its files.</translation>
    </message>
    <message>
        <source>%1, started %2: %3.</source>
        <translation>%1, started %2: %3.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 failed; %7 copied in %8.</source>
        <translation>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 failed; %7 copied in %8.</translation>
    </message>
    <message>
        <source>The list of files of this run is no longer kept.</source>
        <translation>The list of files of this run is no longer kept.</translation>
    </message>
    <message>
        <source>Only failed and skipped files are listed; choose the Verbose log level in Settings to list every file.</source>
        <translation>Only failed and skipped files are listed; choose the Verbose log level in Settings to list every file.</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) not listed here.</source>
        <translation>
            <numerusform>%n more file not listed here.</numerusform>
            <numerusform>%n more files not listed here.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>No file was changed.</translation>
    </message>
    <message>
        <source>&amp;Only runs that changed files</source>
        <translation>&amp;Only runs that changed files</translation>
    </message>
    <message>
        <source>Hide the runs that found nothing to copy, update or delete</source>
        <translation>Hide the runs that found nothing to copy, update or delete</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
</context>
<context>
    <name>lts::HostTrust</name>
    <message>
        <source>To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the same fingerprint), or ask the server&apos;s administrator.</source>
        <translation>To check it, run on the server: ssh-keygen -lf /etc/ssh/%1 (it must print the same fingerprint), or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 is not known. Its %2 fingerprint is %3.</source>
        <translation>The server&apos;s host key for %1 is not known. Its %2 fingerprint is %3.</translation>
    </message>
    <message>
        <source>The server&apos;s host key for %1 has changed: it was %2 and is now %3 %4. The server may have been reinstalled, or someone may be in between: trust the new key only if the server&apos;s administrator confirms it.</source>
        <translation>The server&apos;s host key for %1 has changed: it was %2 and is now %3 %4. The server may have been reinstalled, or someone may be in between: trust the new key only if the server&apos;s administrator confirms it.</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>the certificate</translation>
    </message>
    <message>
        <source>the host key</source>
        <translation>the host key</translation>
    </message>
    <message>
        <source>To check it, run on the server, with the file of its certificate: %1 (it must print the same fingerprint, with a &quot;=&quot; at its end), or ask the server&apos;s administrator.</source>
        <translation>To check it, run on the server, with the file of its certificate: %1 (it must print the same fingerprint, with a &quot;=&quot; at its end), or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 is not one this computer&apos;s certificate authorities vouch for. Its fingerprint is %2.</source>
        <translation>The server&apos;s certificate for %1 is not one this computer&apos;s certificate authorities vouch for. Its fingerprint is %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate for %1 has changed: it was %2 and is now %3. The server may have a new certificate, or someone may be in between: trust the new one only if the server&apos;s administrator confirms it.</source>
        <translation>The server&apos;s certificate for %1 has changed: it was %2 and is now %3. The server may have a new certificate, or someone may be in between: trust the new one only if the server&apos;s administrator confirms it.</translation>
    </message>
    <message>
        <source>It is issued to %1 by %2, valid from %3 to %4.</source>
        <translation>It is issued to %1 by %2, valid from %3 to %4.</translation>
    </message>
</context>
<context>
    <name>lts::InotifyWorker</name>
    <message>
        <source>the folder was removed or moved away</source>
        <translation>the folder was removed or moved away</translation>
    </message>
</context>
<context>
    <name>lts::InstanceLock</name>
    <message>
        <source>Cannot create the lock file in %1: is the folder writable?</source>
        <translation>Cannot create the lock file in %1: is the folder writable?</translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running for the configuration in %1 (process %2). Stop it first, or give another --config-dir.</source>
        <translation>LetThatSyncIn is already running for the configuration in %1 (process %2). Stop it first, or give another --config-dir.</translation>
    </message>
</context>
<context>
    <name>lts::Interval</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 seconds</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>lts::ListCommand</name>
    <message>
        <source>Print the drives as JSON, in the form of the protocol&apos;s ListDrives.</source>
        <translation>Print the drives as JSON, in the form of the protocol&apos;s ListDrives.</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>warning:</translation>
    </message>
    <message>
        <source>No drives are configured (in %1).</source>
        <translation>No drives are configured (in %1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Next sync</translation>
    </message>
    <message>
        <source>Prints the drives: name, source, target, interval, mode, and whether the schedule runs them; when LetThatSyncIn runs, it is asked, and the table has each drive&apos;s status and next sync.</source>
        <translation>Prints the drives: name, source, target, interval, mode, and whether the schedule runs them; when LetThatSyncIn runs, it is asked, and the table has each drive&apos;s status and next sync.</translation>
    </message>
</context>
<context>
    <name>lts::LocationField</name>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Folder on this computer</translation>
    </message>
    <message>
        <source>Change the server, the login or the folder</source>
        <translation>Change the server, the login or the folder</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Folder on a server</translation>
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
        <translation>Log in to %1</translation>
    </message>
    <message>
        <source>To log in, the server %1 asks:</source>
        <translation>To log in, the server %1 asks:</translation>
    </message>
    <message>
        <source>To log in as %1, the server %2 asks:</source>
        <translation>To log in as %1, the server %2 asks:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>The server refused the answers given before.</translation>
    </message>
    <message>
        <source>Your answers go to the server only and are not kept. Cancel: the login fails, and the drive waits for you (Sync now tries again).</source>
        <translation>Your answers go to the server only and are not kept. Cancel: the login fails, and the drive waits for you (Sync now tries again).</translation>
    </message>
</context>
<context>
    <name>lts::Notifier</name>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>%1 was not synced.</source>
        <translation>%1 was not synced.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>%1 was not synced: %2</translation>
    </message>
    <message>
        <source>Sync refused</source>
        <translation>Sync refused</translation>
    </message>
    <message>
        <source>%1 was not synced. Open the Drives window to review.</source>
        <translation>%1 was not synced. Open the Drives window to review.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 Open the Drives window to review.</source>
        <translation>%1 was not synced: %2 Open the Drives window to review.</translation>
    </message>
    <message>
        <source>Sync incomplete</source>
        <translation>Sync incomplete</translation>
    </message>
    <message>
        <source>%1 was only partly synced.</source>
        <translation>%1 was only partly synced.</translation>
    </message>
    <message>
        <source>%1 was only partly synced: %2</source>
        <translation>%1 was only partly synced: %2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Sync finished</translation>
    </message>
    <message>
        <source>%1 synced: nothing had changed.</source>
        <translation>%1 synced: nothing had changed.</translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>%1 synced: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Disk not available</source>
        <translation>Disk not available</translation>
    </message>
    <message>
        <source>%1 was not synced: its source or target folder is missing. It syncs as soon as both are back.</source>
        <translation>%1 was not synced: its source or target folder is missing. It syncs as soon as both are back.</translation>
    </message>
    <message>
        <source>%1 was not synced: %2 It syncs as soon as its folders are back.</source>
        <translation>%1 was not synced: %2 It syncs as soon as its folders are back.</translation>
    </message>
    <message>
        <source>Server key changed</source>
        <translation>Server key changed</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 has changed, which may be an attack. Click to compare the keys.</source>
        <translation>%1 waits: the key of %2 has changed, which may be an attack. Click to compare the keys.</translation>
    </message>
    <message>
        <source>Server not trusted</source>
        <translation>Server not trusted</translation>
    </message>
    <message>
        <source>%1 waits: the key of %2 is not trusted yet. Click to check it and trust it.</source>
        <translation>%1 waits: the key of %2 is not trusted yet. Click to check it and trust it.</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Login refused</translation>
    </message>
    <message>
        <source>%1 waits: %2 refused the login. Click to enter the password.</source>
        <translation>%1 waits: %2 refused the login. Click to enter the password.</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Server certificate changed</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 has changed, which may be an attack. Click to compare the certificates.</source>
        <translation>%1 waits: the certificate of %2 has changed, which may be an attack. Click to compare the certificates.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <source>%1 waits: the certificate of %2 is not one this computer trusts. Click to check it and trust it.</source>
        <translation>%1 waits: the certificate of %2 is not one this computer trusts. Click to check it and trust it.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordCommand</name>
    <message>
        <source>Remove the stored password instead.</source>
        <translation>Remove the stored password instead.</translation>
    </message>
    <message>
        <source>password needs one location, such as sftp://pi@logger.local/data; the password itself is asked for, never given on the command line.</source>
        <translation>password needs one location, such as sftp://pi@logger.local/data; the password itself is asked for, never given on the command line.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only a remote location (sftp://...) has a password.</source>
        <translation>%1 is a folder of this computer: only a remote location (sftp://...) has a password.</translation>
    </message>
    <message>
        <source>rclone keeps the passwords of its remotes in its own configuration: use rclone config for %1.</source>
        <translation>rclone keeps the passwords of its remotes in its own configuration: use rclone config for %1.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>No password was given; nothing was stored.</translation>
    </message>
    <message>
        <source>The password store did not answer; nothing was changed.</source>
        <translation>The password store did not answer; nothing was changed.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in %2.</source>
        <translation>Stored the password of %1 in %2.</translation>
    </message>
    <message>
        <source>Warning: no keychain answered, so the password is kept in a file that only you can read (mode 0600). Anyone who can read it, root and your backups included, can read the password.</source>
        <translation>Warning: no keychain answered, so the password is kept in a file that only you can read (mode 0600). Anyone who can read it, root and your backups included, can read the password.</translation>
    </message>
    <message>
        <source>Stored the password of %1 in the system&apos;s keychain.</source>
        <translation>Stored the password of %1 in the system&apos;s keychain.</translation>
    </message>
    <message>
        <source>The password of %1 is forgotten.</source>
        <translation>The password of %1 is forgotten.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Store the passphrase of the SSH key file PATH instead of the password of a location.</source>
        <translation>Store the passphrase of the SSH key file PATH instead of the password of a location.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Stores the password that LetThatSyncIn logs in to LOCATION with, in the system&apos;s keychain (or, where none answers, in a file only you can read). On a terminal it is asked without echo; otherwise it is read as one line of standard input. It is never shown, and never taken from the command line. With --key-file PATH, it stores the passphrase of that SSH key file instead: runs open the key with it, whichever server they log in to.

Exit codes: 0 stored (or forgotten), 2 it could not be stored, 4 bad command line.</source>
        <translation>Stores the password that LetThatSyncIn logs in to LOCATION with, in the system&apos;s keychain (or, where none answers, in a file only you can read). On a terminal it is asked without echo; otherwise it is read as one line of standard input. It is never shown, and never taken from the command line. With --key-file PATH, it stores the passphrase of that SSH key file instead: runs open the key with it, whichever server they log in to.

Exit codes: 0 stored (or forgotten), 2 it could not be stored, 4 bad command line.</translation>
    </message>
    <message>
        <source>password --key-file takes the key file and no location.</source>
        <translation>password --key-file takes the key file and no location.</translation>
    </message>
    <message>
        <source>There is no key file %1.</source>
        <translation>There is no key file %1.</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Passphrase for key %1: </translation>
    </message>
    <message>
        <source>No passphrase was given; nothing was stored.</source>
        <translation>No passphrase was given; nothing was stored.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in %2.</source>
        <translation>Stored the passphrase of the key %1 in %2.</translation>
    </message>
    <message>
        <source>Stored the passphrase of the key %1 in the system&apos;s keychain.</source>
        <translation>Stored the passphrase of the key %1 in the system&apos;s keychain.</translation>
    </message>
    <message>
        <source>The passphrase of the key %1 is forgotten.</source>
        <translation>The passphrase of the key %1 is forgotten.</translation>
    </message>
</context>
<context>
    <name>lts::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>Password for %1</translation>
    </message>
    <message>
        <source>The server %1 refused the login. Enter your password on it; the drives that wait for it sync then.</source>
        <translation>The server %1 refused the login. Enter your password on it; the drives that wait for it sync then.</translation>
    </message>
    <message>
        <source>The server %1 refused the login of %2. Enter the password of %2 on it; the drives that wait for it sync then.</source>
        <translation>The server %1 refused the login of %2. Enter the password of %2 on it; the drives that wait for it sync then.</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>It is kept in the system&apos;s keychain, or where there is none in a file that only you can read; never in the configuration or a log.</source>
        <translation>It is kept in the system&apos;s keychain, or where there is none in a file that only you can read; never in the configuration or a log.</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Save password</translation>
    </message>
    <message>
        <source>Saving the password…</source>
        <translation>Saving the password…</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>The password was not saved: %1</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is stored in a file in %1, which only you can read.</source>
        <translation>No keychain answered, so the password is stored in a file in %1, which only you can read.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>lts::PlanTreeModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Would delete (%1)</source>
        <translation>Would delete (%1)</translation>
    </message>
    <message>
        <source>Would update (%1)</source>
        <translation>Would update (%1)</translation>
    </message>
    <message>
        <source>Would copy (%1)</source>
        <translation>Would copy (%1)</translation>
    </message>
    <message>
        <source>Would skip (%1)</source>
        <translation>Would skip (%1)</translation>
    </message>
    <message>
        <source>(the whole drive)</source>
        <translation>(the whole drive)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>Source size</translation>
    </message>
    <message>
        <source>Source modified</source>
        <translation>Source modified</translation>
    </message>
    <message>
        <source>Target size</source>
        <translation>Target size</translation>
    </message>
    <message>
        <source>Target modified</source>
        <translation>Target modified</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::PreviewDialog</name>
    <message>
        <source>Review: %1</source>
        <translation>Review: %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <source>Check the list, then run it anyway if it is what you want.</source>
        <translation>Check the list, then run it anyway if it is what you want.</translation>
    </message>
    <message>
        <source>Comparing the folders…</source>
        <translation>Comparing the folders…</translation>
    </message>
    <message>
        <source>Run anyway</source>
        <translation>Run anyway</translation>
    </message>
    <message>
        <source>The comparison was stopped.</source>
        <translation>The comparison was stopped.</translation>
    </message>
    <message>
        <source>Restore the &amp;source…</source>
        <translation>Restore the &amp;source…</translation>
    </message>
    <message>
        <source>&amp;Run anyway…</source>
        <translation>&amp;Run anyway…</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the folders… %n change(s) found so far.</source>
        <translation>
            <numerusform>Comparing the folders… %n change found so far.</numerusform>
            <numerusform>Comparing the folders… %n changes found so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folders could not be compared.</source>
        <translation>The folders could not be compared.</translation>
    </message>
    <message>
        <source>Nothing to do: the target is up to date.</source>
        <translation>Nothing to do: the target is up to date.</translation>
    </message>
    <message>
        <source>%1 to skip.</source>
        <translation>%1 to skip.</translation>
    </message>
    <message>
        <source>Nothing has been changed: this is what a run would do now.</source>
        <translation>Nothing has been changed: this is what a run would do now.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>&amp;Delete %n file</numerusform>
            <numerusform>&amp;Delete %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync anyway</source>
        <translation>&amp;Sync anyway</translation>
    </message>
    <message>
        <source>This sync was stopped to keep your files safe: %1 Check the list, then run it anyway if it is what you want.</source>
        <translation>This sync was stopped to keep your files safe: %1 Check the list, then run it anyway if it is what you want.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Filter by name or folder</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Copy back into the source the files that the target has and the source lacks. Nothing is overwritten, nothing is deleted.</source>
        <translation>Copy back into the source the files that the target has and the source lacks. Nothing is overwritten, nothing is deleted.</translation>
    </message>
    <message>
        <source>Sync now and let the sync make these changes, after you confirm</source>
        <translation>Sync now and let the sync make these changes, after you confirm</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n file(s) from the target of &quot;%1&quot;?</source>
        <translation>
            <numerusform>Delete %n file from the target of &quot;%1&quot;?</numerusform>
            <numerusform>Delete %n files from the target of &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &quot;%1&quot; anyway?</source>
        <translation>Sync &quot;%1&quot; anyway?</translation>
    </message>
    <message>
        <source>Files: %1 to delete, %2 to update, %3 to copy; %4 to transfer.</source>
        <translation>Files: %1 to delete, %2 to update, %3 to copy; %4 to transfer.</translation>
    </message>
    <message>
        <source>A sync would stop before any change, to keep your files safe: %1</source>
        <translation>A sync would stop before any change, to keep your files safe: %1</translation>
    </message>
    <message>
        <source>Versions are off for this drive: once deleted, they cannot be put back.</source>
        <translation>Versions are off for this drive: once deleted, they cannot be put back.</translation>
    </message>
    <message>
        <source>The sync goes ahead although a safety rule stopped it: %1</source>
        <translation>The sync goes ahead although a safety rule stopped it: %1</translation>
    </message>
    <message>
        <source>Restore the source</source>
        <translation>Restore the source</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n file(s) back into the source of &quot;%1&quot;?</source>
        <translation>
            <numerusform>Copy %n file back into the source of &quot;%1&quot;?</numerusform>
            <numerusform>Copy %n files back into the source of &quot;%1&quot;?</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted. Then the drive syncs, and deletes nothing.</source>
        <translation>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted. Then the drive syncs, and deletes nothing.</translation>
    </message>
    <message>
        <source>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted.</source>
        <translation>These are the files the target has and the source lacks. Nothing in the source is overwritten and nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing now; nothing was restored. Try again once this sync has ended.</source>
        <translation>&quot;%1&quot; is syncing now; nothing was restored. Try again once this sync has ended.</translation>
    </message>
    <message>
        <source>They are kept for %1 in the target&apos;s .letthatsyncin/versions folder, and Versions… can put them back.</source>
        <translation>They are kept for %1 in the target&apos;s .letthatsyncin/versions folder, and Versions… can put them back.</translation>
    </message>
    <message>
        <source>The drive was changed or removed since this list was made: it no longer says what a sync would do. Close it, and review the drive again.</source>
        <translation>The drive was changed or removed since this list was made: it no longer says what a sync would do. Close it, and review the drive again.</translation>
    </message>
</context>
<context>
    <name>lts::PrivateFiles</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>it is not a file but a device, a pipe or a folder</source>
        <translation>it is not a file but a device, a pipe or a folder</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>it belongs to another user</translation>
    </message>
    <message>
        <source>it holds more than the %1 a file of LetThatSyncIn&apos;s may hold</source>
        <translation>it holds more than the %1 a file of LetThatSyncIn&apos;s may hold</translation>
    </message>
</context>
<context>
    <name>lts::ProgressDelegate</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
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
        <translation>The remote does not tell its free space</translation>
    </message>
</context>
<context>
    <name>lts::RcloneLocation::Client</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>lts::RcloneRemoteChooser</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>A remote of your rclone configuration: rclone config makes them</source>
        <translation>A remote of your rclone configuration: rclone config makes them</translation>
    </message>
    <message>
        <source>List the remotes again, after rclone config</source>
        <translation>List the remotes again, after rclone config</translation>
    </message>
    <message>
        <source>Loading remotes…</source>
        <translation>Loading remotes…</translation>
    </message>
    <message>
        <source>%1 (not in your rclone configuration)</source>
        <translation>%1 (not in your rclone configuration)</translation>
    </message>
    <message>
        <source>The remotes of your rclone configuration are being listed…</source>
        <translation>The remotes of your rclone configuration are being listed…</translation>
    </message>
    <message>
        <source>rclone is not installed: install the package rclone, then press Reload.</source>
        <translation>rclone is not installed: install the package rclone, then press Reload.</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: make one with rclone config in a terminal, then press Reload.</source>
        <translation>Your rclone configuration has no remote yet: make one with rclone config in a terminal, then press Reload.</translation>
    </message>
    <message>
        <source>Choose a remote of your rclone configuration.</source>
        <translation>Choose a remote of your rclone configuration.</translation>
    </message>
    <message>
        <source>rclone is not installed. LetThatSyncIn reaches Dropbox, Google Drive, S3 and the other cloud services through rclone: install the package &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;), then press Reload.</source>
        <translation>rclone is not installed. LetThatSyncIn reaches Dropbox, Google Drive, S3 and the other cloud services through rclone: install the package &lt;b&gt;rclone&lt;/b&gt; (Debian, Ubuntu: &lt;tt&gt;sudo apt install rclone&lt;/tt&gt;), then press Reload.</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote yet: rclone needs one for each cloud account. Run &lt;tt&gt;rclone config&lt;/tt&gt; in a terminal, make a new remote (&lt;tt&gt;n&lt;/tt&gt;) and log in, then press Reload. &lt;a href=&quot;%1&quot;&gt;Dropbox, step by step&lt;/a&gt;</source>
        <translation>Your rclone configuration has no remote yet: rclone needs one for each cloud account. Run &lt;tt&gt;rclone config&lt;/tt&gt; in a terminal, make a new remote (&lt;tt&gt;n&lt;/tt&gt;) and log in, then press Reload. &lt;a href=&quot;%1&quot;&gt;Dropbox, step by step&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Your rclone configuration has no remote &quot;%1&quot;: choose another, or make it again with &lt;tt&gt;rclone config&lt;/tt&gt; and press Reload.</source>
        <translation>Your rclone configuration has no remote &quot;%1&quot;: choose another, or make it again with &lt;tt&gt;rclone config&lt;/tt&gt; and press Reload.</translation>
    </message>
</context>
<context>
    <name>lts::RemoteChecks</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a remote location (sftp://user@host/path).</source>
        <translation>%1 is not a remote location (sftp://user@host/path).</translation>
    </message>
    <message>
        <source>The passwords of %1 are kept in rclone&apos;s own configuration.</source>
        <translation>The passwords of %1 are kept in rclone&apos;s own configuration.</translation>
    </message>
    <message>
        <source>The path %1 leaves the location: give a path inside it, without &quot;..&quot;.</source>
        <translation>The path %1 leaves the location: give a path inside it, without &quot;..&quot;.</translation>
    </message>
    <message>
        <source>%1 is not encrypted: it has no certificate to trust.</source>
        <translation>%1 is not encrypted: it has no certificate to trust.</translation>
    </message>
    <message numerus="yes">
        <source>rclone did not list your remotes within %n second(s).</source>
        <translation>
            <numerusform>rclone did not list your remotes within %n second.</numerusform>
            <numerusform>rclone did not list your remotes within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::RemoteFolderDialog</name>
    <message>
        <source>Choose a folder on %1</source>
        <translation>Choose a folder on %1</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>C&amp;hoose</translation>
    </message>
    <message>
        <source>&amp;Folders on %1:</source>
        <translation>&amp;Folders on %1:</translation>
    </message>
    <message>
        <source>Home folder (~)</source>
        <translation>Home folder (~)</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listing…</translation>
    </message>
    <message>
        <source>The listing was cancelled.</source>
        <translation>The listing was cancelled.</translation>
    </message>
    <message>
        <source>No folders</source>
        <translation>No folders</translation>
    </message>
    <message>
        <source>Login folder (~)</source>
        <translation>Login folder (~)</translation>
    </message>
    <message>
        <source>Choose a folder in %1</source>
        <translation>Choose a folder in %1</translation>
    </message>
    <message>
        <source>&amp;Folders in %1:</source>
        <translation>&amp;Folders in %1:</translation>
    </message>
    <message>
        <source>Top folder of %1</source>
        <translation>Top folder of %1</translation>
    </message>
</context>
<context>
    <name>lts::RemoteLocation</name>
    <message>
        <source>The location %1 contains a control character (such as a line break) or an encoded character that is not UTF-8.</source>
        <translation>The location %1 contains a control character (such as a line break) or an encoded character that is not UTF-8.</translation>
    </message>
    <message>
        <source>The path in %1 must not contain &quot;.&quot; or &quot;..&quot; folders.</source>
        <translation>The path in %1 must not contain &quot;.&quot; or &quot;..&quot; folders.</translation>
    </message>
    <message>
        <source>%1 is not the address of a remote folder.</source>
        <translation>%1 is not the address of a remote folder.</translation>
    </message>
    <message>
        <source>%1 is a location of the kind &quot;%2&quot;, which LetThatSyncIn does not know; it knows sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// and rclone:.</source>
        <translation>%1 is a location of the kind &quot;%2&quot;, which LetThatSyncIn does not know; it knows sftp://, davs://, dav://, ftpes://, ftps://, ftp://, post+https://, post+http:// and rclone:.</translation>
    </message>
    <message>
        <source>The location %1 names no remote of your rclone configuration: write it as rclone:REMOTE:folder, with one of the remotes &quot;rclone listremotes&quot; lists (rclone:REMOTE: for its top folder).</source>
        <translation>The location %1 names no remote of your rclone configuration: write it as rclone:REMOTE:folder, with one of the remotes &quot;rclone listremotes&quot; lists (rclone:REMOTE: for its top folder).</translation>
    </message>
    <message>
        <source>The location %1 contains a password. Passwords are never kept in the configuration: write the location without it, and store the password with &quot;letthatsyncin password %1&quot; or in the drive editor.</source>
        <translation>The location %1 contains a password. Passwords are never kept in the configuration: write the location without it, and store the password with &quot;letthatsyncin password %1&quot; or in the drive editor.</translation>
    </message>
    <message>
        <source>The location %1 names no server: write it as %2://server/folder.</source>
        <translation>The location %1 names no server: write it as %2://server/folder.</translation>
    </message>
    <message>
        <source>The server &quot;%1&quot; in %2 is neither a name nor an address (an IPv6 address is written in brackets: [::1]).</source>
        <translation>The server &quot;%1&quot; in %2 is neither a name nor an address (an IPv6 address is written in brackets: [::1]).</translation>
    </message>
    <message>
        <source>The port in %1 must be a number from 1 to 65535, not &quot;%2&quot;; leave it out for the usual one.</source>
        <translation>The port in %1 must be a number from 1 to 65535, not &quot;%2&quot;; leave it out for the usual one.</translation>
    </message>
    <message>
        <source>The path in %1 must be a full path (sftp://server/srv/data) or start at the home folder (sftp://server/~/data).</source>
        <translation>The path in %1 must be a full path (sftp://server/srv/data) or start at the home folder (sftp://server/~/data).</translation>
    </message>
    <message>
        <source>The location %1 has the option &quot;%2&quot;, which LetThatSyncIn does not know here; the options of this kind of location are: %3.</source>
        <translation>The location %1 has the option &quot;%2&quot;, which LetThatSyncIn does not know here; the options of this kind of location are: %3.</translation>
    </message>
    <message>
        <source>The location %1 gives the option &quot;%2&quot; twice.</source>
        <translation>The location %1 gives the option &quot;%2&quot; twice.</translation>
    </message>
    <message>
        <source>The key in %1 must be the full path of a key file, such as key=~/.ssh/id_ed25519, not &quot;%2&quot;.</source>
        <translation>The key in %1 must be the full path of a key file, such as key=~/.ssh/id_ed25519, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The connections in %1 must be a number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>The connections in %1 must be a number from 1 to %2, not &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, port %2</translation>
    </message>
    <message>
        <source>upload form</source>
        <translation>upload form</translation>
    </message>
    <message>
        <source>%1, not encrypted</source>
        <translation>%1, not encrypted</translation>
    </message>
</context>
<context>
    <name>lts::Root</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The server refused an anonymous login: the location needs a user.</source>
        <translation>The server refused an anonymous login: the location needs a user.</translation>
    </message>
    <message>
        <source>No password is stored for %1.</source>
        <translation>No password is stored for %1.</translation>
    </message>
    <message>
        <source>The server refused the login of %1 with the stored password.</source>
        <translation>The server refused the login of %1 with the stored password.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds</source>
        <translation>The server did not answer within %1 seconds</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>The server closed the connection</translation>
    </message>
</context>
<context>
    <name>lts::RunDetails</name>
    <message>
        <source>Cannot keep the list of files of this run in %1: %2</source>
        <translation>Cannot keep the list of files of this run in %1: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunHistory</name>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Cannot write the history %1: %2</translation>
    </message>
</context>
<context>
    <name>lts::RunQueue</name>
    <message>
        <source>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</source>
        <translation>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</translation>
    </message>
    <message>
        <source>Stopped because LetThatSyncIn was closing, while the run waited for a folder that does not answer; the run is made again after the next start.</source>
        <translation>Stopped because LetThatSyncIn was closing, while the run waited for a folder that does not answer; the run is made again after the next start.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</translation>
    </message>
</context>
<context>
    <name>lts::RunTableModel</name>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Partly synced</source>
        <translation>Partly synced</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Restore: %1</source>
        <translation>Restore: %1</translation>
    </message>
    <message>
        <source>%1, forced</source>
        <translation>%1, forced</translation>
    </message>
</context>
<context>
    <name>lts::Scanner</name>
    <message>
        <source>Cannot open the target folder: %1</source>
        <translation>Cannot open the target folder: %1</translation>
    </message>
    <message>
        <source>Cannot read the source folder: %1</source>
        <translation>Cannot read the source folder: %1</translation>
    </message>
    <message>
        <source>Cannot read the target folder: %1</source>
        <translation>Cannot read the target folder: %1</translation>
    </message>
    <message>
        <source>a socket, device or pipe: such special files are not copied</source>
        <translation>a socket, device or pipe: such special files are not copied</translation>
    </message>
    <message>
        <source>the target has a file or link where the source has a folder; in this mode it is not replaced</source>
        <translation>the target has a file or link where the source has a folder; in this mode it is not replaced</translation>
    </message>
    <message>
        <source>the target has a folder where the source has a file; in this mode it is not replaced</source>
        <translation>the target has a folder where the source has a file; in this mode it is not replaced</translation>
    </message>
</context>
<context>
    <name>lts::SendCommand</name>
    <message>
        <source>Sends one request of the WebSocket protocol to the running LetThatSyncIn and prints the response as one line of JSON. The exit code is 0 when the response&apos;s Result is Success, 2 otherwise.</source>
        <translation>Sends one request of the WebSocket protocol to the running LetThatSyncIn and prints the response as one line of JSON. The exit code is 0 when the response&apos;s Result is Success, 2 otherwise.</translation>
    </message>
    <message>
        <source>send needs one JSON object, such as {&quot;request&quot;: &quot;GetStatus&quot;}; this is not one: %1</source>
        <translation>send needs one JSON object, such as {&quot;request&quot;: &quot;GetStatus&quot;}; this is not one: %1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
</context>
<context>
    <name>lts::ServerAddress</name>
    <message>
        <source>%1 is not the web address of a WebDAV folder: write it as https://server/folder, as the server shows it (Nextcloud: Files settings, WebDAV).</source>
        <translation>%1 is not the web address of a WebDAV folder: write it as https://server/folder, as the server shows it (Nextcloud: Files settings, WebDAV).</translation>
    </message>
    <message>
        <source>%1 is not the web address of an upload form: write it as https://server/path.</source>
        <translation>%1 is not the web address of an upload form: write it as https://server/path.</translation>
    </message>
</context>
<context>
    <name>lts::ServerLease</name>
    <message>
        <source>Cannot lock the target %1: %2</source>
        <translation>Cannot lock the target %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another sync (process %1 on %2) is writing to %3. A lock that computer no longer renews is taken over after %n minute(s).</source>
        <translation>
            <numerusform>Another sync (process %1 on %2) is writing to %3. A lock that computer no longer renews is taken over after %n minute.</numerusform>
            <numerusform>Another sync (process %1 on %2) is writing to %3. A lock that computer no longer renews is taken over after %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>an unknown computer</translation>
    </message>
    <message>
        <source>Another sync keeps taking the lock of %1.</source>
        <translation>Another sync keeps taking the lock of %1.</translation>
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
        <translation>Upload form</translation>
    </message>
    <message>
        <source>HTTPS (encrypted)</source>
        <translation>HTTPS (encrypted)</translation>
    </message>
    <message>
        <source>HTTP (not encrypted)</source>
        <translation>HTTP (not encrypted)</translation>
    </message>
    <message>
        <source>Explicit TLS (FTPES)</source>
        <translation>Explicit TLS (FTPES)</translation>
    </message>
    <message>
        <source>Implicit TLS (FTPS)</source>
        <translation>Implicit TLS (FTPS)</translation>
    </message>
    <message>
        <source>None (plain FTP, not encrypted)</source>
        <translation>None (plain FTP, not encrypted)</translation>
    </message>
    <message>
        <source>Folder on a server</source>
        <translation>Folder on a server</translation>
    </message>
    <message>
        <source>Paste the address the server shows, or fill in the fields below.</source>
        <translation>Paste the address the server shows, or fill in the fields below.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Choose a folder on the server</source>
        <translation>Choose a folder on the server</translation>
    </message>
    <message>
        <source>Optional: your usual keys and the SSH agent</source>
        <translation>Optional: your usual keys and the SSH agent</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in the drive; leave it empty to keep the one stored.</source>
        <translation>Kept in the system&apos;s keychain, never in the drive; leave it empty to keep the one stored.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Trust this &amp;server…</source>
        <translation>Trust this &amp;server…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>K&amp;ind:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Key file:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Name or address, such as %1</source>
        <translation>Name or address, such as %1</translation>
    </message>
    <message>
        <source>Empty: the port ~/.ssh/config gives this server, else 22.</source>
        <translation>Empty: the port ~/.ssh/config gives this server, else 22.</translation>
    </message>
    <message>
        <source>Empty: the usual port of the encryption chosen.</source>
        <translation>Empty: the usual port of the encryption chosen.</translation>
    </message>
    <message>
        <source>Empty: anonymous</source>
        <translation>Empty: anonymous</translation>
    </message>
    <message>
        <source>Empty: the user ~/.ssh/config gives this server, else yours.</source>
        <translation>Empty: the user ~/.ssh/config gives this server, else yours.</translation>
    </message>
    <message>
        <source>/srv/data, or ~/data in your home folder</source>
        <translation>/srv/data, or ~/data in your home folder</translation>
    </message>
    <message>
        <source>~/data in the login folder, or /srv/data</source>
        <translation>~/data in the login folder, or /srv/data</translation>
    </message>
    <message>
        <source>Not encrypted: the password and the files cross the network readable by anyone on the way. Use it only on a network you trust.</source>
        <translation>Not encrypted: the password and the files cross the network readable by anyone on the way. Use it only on a network you trust.</translation>
    </message>
    <message>
        <source>Not encrypted: the files cross the network readable by anyone on the way.</source>
        <translation>Not encrypted: the files cross the network readable by anyone on the way.</translation>
    </message>
    <message>
        <source>Type the web address of the upload form.</source>
        <translation>Type the web address of the upload form.</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Type the server&apos;s name or address.</translation>
    </message>
    <message>
        <source>Storing the password…</source>
        <translation>Storing the password…</translation>
    </message>
    <message>
        <source>The password was not stored.</source>
        <translation>The password was not stored.</translation>
    </message>
    <message>
        <source>No keychain answered, so the password is kept in a file that only you can read, in %1.</source>
        <translation>No keychain answered, so the password is kept in a file that only you can read, in %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>The test was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n entries in the folder</source>
        <translation>
            <numerusform>Connected: %n entries in the folder</numerusform>
            <numerusform>Connected: %n entries in the folder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 free.</source>
        <translation>%1, %2 free.</translation>
    </message>
    <message>
        <source>To trust it, run: %1</source>
        <translation>To trust it, run: %1</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choose the key file</translation>
    </message>
    <message>
        <source>The name of the form&apos;s field that takes the file, as its web page names it (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Empty: %1.</source>
        <translation>The name of the form&apos;s field that takes the file, as its web page names it (&lt;input type=&quot;file&quot; name=&quot;…&quot;&gt;). Empty: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Sent with every file, such as email = me@example.org. F2 edits a cell.</source>
        <translation>Sent with every file, such as email = me@example.org. F2 edits a cell.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <source>Add a field sent with every file</source>
        <translation>Add a field sent with every file</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Fi&amp;le field:</source>
        <translation>Fi&amp;le field:</translation>
    </message>
    <message>
        <source>&amp;Other fields:</source>
        <translation>&amp;Other fields:</translation>
    </message>
    <message>
        <source>The field with the value &quot;%1&quot; has no name: type its name, or remove it.</source>
        <translation>The field with the value &quot;%1&quot; has no name: type its name, or remove it.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is there twice: a form takes each name once.</source>
        <translation>The field &quot;%1&quot; is there twice: a form takes each name once.</translation>
    </message>
    <message>
        <source>Cloud (rclone)</source>
        <translation>Cloud (rclone)</translation>
    </message>
    <message>
        <source>R&amp;emote:</source>
        <translation>R&amp;emote:</translation>
    </message>
    <message>
        <source>Lab/Site4 in the remote; empty: its top folder</source>
        <translation>Lab/Site4 in the remote; empty: its top folder</translation>
    </message>
    <message>
        <source>Choose a folder in the remote</source>
        <translation>Choose a folder in the remote</translation>
    </message>
</context>
<context>
    <name>lts::SettingsCodec</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1, or localhost</source>
        <translation>an IP address such as 127.0.0.1, or localhost</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>The setting %1 must be %2; using %3.</source>
        <translation>The setting %1 must be %2; using %3.</translation>
    </message>
    <message>
        <source>a language code such as &quot;de&quot;, or &quot;&quot; for the system&apos;s language</source>
        <translation>a language code such as &quot;de&quot;, or &quot;&quot; for the system&apos;s language</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>a number from %1 to %2</translation>
    </message>
</context>
<context>
    <name>lts::SettingsDialog</name>
    <message>
        <source>LetThatSyncIn Settings</source>
        <translation>LetThatSyncIn Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Start LetThatSyncIn when I log in</source>
        <translation>Start LetThatSyncIn when I log in</translation>
    </message>
    <message>
        <source>Only errors</source>
        <translation>Only errors</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>After every run</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Takes effect when LetThatSyncIn restarts.</source>
        <translation>Takes effect when LetThatSyncIn restarts.</translation>
    </message>
    <message>
        <source>Syncs at the same time:</source>
        <translation>Syncs at the same time:</translation>
    </message>
    <message>
        <source>Two drives on the same disk never sync at the same time.</source>
        <translation>Two drives on the same disk never sync at the same time.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Deletion limit:</source>
        <translation>Deletion limit:</translation>
    </message>
    <message>
        <source>A mirror run that would delete more than this share of the target&apos;s files (and more than 10 files) waits for your confirmation.</source>
        <translation>A mirror run that would delete more than this share of the target&apos;s files (and more than 10 files) waits for your confirmation.</translation>
    </message>
    <message>
        <source>Scripts control LetThatSyncIn through a WebSocket server.</source>
        <translation>Scripts control LetThatSyncIn through a WebSocket server.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Require the token</source>
        <translation>Require the token</translation>
    </message>
    <message>
        <source>Without it, only scripts of other users or other computers need the token.</source>
        <translation>Without it, only scripts of other users or other computers need the token.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Regenerate…</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Allowed origins:</translation>
    </message>
    <message>
        <source>Web pages from these origins may connect, for example https://example.org. Scripts need no origin.</source>
        <translation>Web pages from these origins may connect, for example https://example.org. Scripts need no origin.</translation>
    </message>
    <message>
        <source>Address, port, “Require the token” and allowed origins take effect when LetThatSyncIn restarts. A new token takes effect at once.</source>
        <translation>Address, port, “Require the token” and allowed origins take effect when LetThatSyncIn restarts. A new token takes effect at once.</translation>
    </message>
    <message>
        <source>Summary: a line per run</source>
        <translation>Summary: a line per run</translation>
    </message>
    <message>
        <source>Verbose: also a line per file</source>
        <translation>Verbose: also a line per file</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Size limit:</source>
        <translation>Size limit:</translation>
    </message>
    <message>
        <source>When the log folder grows past the limit, its oldest files are removed.</source>
        <translation>When the log folder grows past the limit, its oldest files are removed.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Enter the address the WebSocket server listens on, such as 127.0.0.1.</source>
        <translation>Enter the address the WebSocket server listens on, such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>“%1” is not an address the WebSocket server can listen on. Enter an IP address such as 127.0.0.1, or localhost.</source>
        <translation>“%1” is not an address the WebSocket server can listen on. Enter an IP address such as 127.0.0.1, or localhost.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers connect, which needs “Require the token” on.</source>
        <translation>Listening on %1 lets other computers connect, which needs “Require the token” on.</translation>
    </message>
    <message>
        <source>The WebSocket server is off.</source>
        <translation>The WebSocket server is off.</translation>
    </message>
    <message>
        <source>The token cannot be read (the log says why). Regenerate makes a new one.</source>
        <translation>The token cannot be read (the log says why). Regenerate makes a new one.</translation>
    </message>
    <message>
        <source>Regenerate the Token</source>
        <translation>Regenerate the Token</translation>
    </message>
    <message>
        <source>Replace the token with a new one?</source>
        <translation>Replace the token with a new one?</translation>
    </message>
    <message>
        <source>Scripts using the old token will be refused until they use the new one.</source>
        <translation>Scripts using the old token will be refused until they use the new one.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Show the syncing icon while a drive syncs</source>
        <translation>Show the syncing icon while a drive syncs</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Wait after a change:</source>
        <translation>Wait after a change:</translation>
    </message>
    <message>
        <source>A drive that syncs as soon as files change waits until its source has been quiet this long, so that a file still being written is not copied half-way.</source>
        <translation>A drive that syncs as soon as files change waits until its source has been quiet this long, so that a file still being written is not copied half-way.</translation>
    </message>
</context>
<context>
    <name>lts::SingleInstance</name>
    <message>
        <source>Cannot open the local socket %1 that a second start would use to show this one: %2</source>
        <translation>Cannot open the local socket %1 that a second start would use to show this one: %2</translation>
    </message>
</context>
<context>
    <name>lts::StallWatch</name>
    <message numerus="yes">
        <source>Neither the source %1 nor the target %2 answered for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>Neither the source %1 nor the target %2 answered for %n second; the run was given up.</numerusform>
            <numerusform>Neither the source %1 nor the target %2 answered for %n seconds; the run was given up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The source %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>The source %1 did not answer for %n second; the run was given up.</numerusform>
            <numerusform>The source %1 did not answer for %n seconds; the run was given up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target %1 did not answer for %n second(s); the run was given up.</source>
        <translation>
            <numerusform>The target %1 did not answer for %n second; the run was given up.</numerusform>
            <numerusform>The target %1 did not answer for %n seconds; the run was given up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lts::StateStore</name>
    <message>
        <source>Cannot save the run state to %1: %2</source>
        <translation>Cannot save the run state to %1: %2</translation>
    </message>
</context>
<context>
    <name>lts::StatusCommand</name>
    <message>
        <source>%1 % (%2 of %3 files)</source>
        <translation>%1 % (%2 of %3 files)</translation>
    </message>
    <message>
        <source>Print the response&apos;s drives as JSON.</source>
        <translation>Print the response&apos;s drives as JSON.</translation>
    </message>
    <message>
        <source>Asks the running LetThatSyncIn how its drives are: status, last and next sync, the last result, and the progress of the syncs going on.</source>
        <translation>Asks the running LetThatSyncIn how its drives are: status, last and next sync, the last result, and the progress of the syncs going on.</translation>
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
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Next sync</translation>
    </message>
    <message>
        <source>Progress or message</source>
        <translation>Progress or message</translation>
    </message>
    <message>
        <source>No drives are configured.</source>
        <translation>No drives are configured.</translation>
    </message>
</context>
<context>
    <name>lts::SyncCommand</name>
    <message>
        <source>Run the configured drive NAME instead of SOURCE TARGET.</source>
        <translation>Run the configured drive NAME instead of SOURCE TARGET.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Mirror (default: the target becomes a copy), Update (never delete) or Move (remove copied files from the source).</source>
        <translation>Mirror (default: the target becomes a copy), Update (never delete) or Move (remove copied files from the source).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Leave out paths that match the pattern (*.tmp, cache/, **/Thumbs.db); may be repeated.</source>
        <translation>Leave out paths that match the pattern (*.tmp, cache/, **/Thumbs.db); may be repeated.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>pattern</translation>
    </message>
    <message>
        <source>Leave out hidden files and folders.</source>
        <translation>Leave out hidden files and folders.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Print what would be copied, updated and deleted; change nothing.</source>
        <translation>Print what would be copied, updated and deleted; change nothing.</translation>
    </message>
    <message>
        <source>Print every file added, updated or deleted.</source>
        <translation>Print every file added, updated or deleted.</translation>
    </message>
    <message>
        <source>Print the report as JSON (the protocol&apos;s run object) and nothing else.</source>
        <translation>Print the report as JSON (the protocol&apos;s run object) and nothing else.</translation>
    </message>
    <message>
        <source>Run again every DURATION (90s, 15m, 2h, 1d) until Ctrl+C.</source>
        <translation>Run again every DURATION (90s, 15m, 2h, 1d) until Ctrl+C.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>With --every: stop after N runs.</source>
        <translation>With --every: stop after N runs.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Syncs SOURCE to TARGET once, now, without any configuration; or, with --drive, one of the configured drives.

Exit codes: 0 success, 1 partial, 2 failure, 3 refused by a safety rule, 4 bad command line, 130 interrupted.</source>
        <translation>Syncs SOURCE to TARGET once, now, without any configuration; or, with --drive, one of the configured drives.

Exit codes: 0 success, 1 partial, 2 failure, 3 refused by a safety rule, 4 bad command line, 130 interrupted.</translation>
    </message>
    <message>
        <source>--drive takes the drive&apos;s own source, target and options; give no others.</source>
        <translation>--drive takes the drive&apos;s own source, target and options; give no others.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot; in %2.</source>
        <translation>There is no drive &quot;%1&quot; in %2.</translation>
    </message>
    <message>
        <source>sync needs a SOURCE and a TARGET folder, or --drive NAME.</source>
        <translation>sync needs a SOURCE and a TARGET folder, or --drive NAME.</translation>
    </message>
    <message>
        <source>--mode must be Mirror, Update or Move, not &quot;%1&quot;.</source>
        <translation>--mode must be Mirror, Update or Move, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--versions needs a number of days from 0 to 3650.</source>
        <translation>--versions needs a number of days from 0 to 3650.</translation>
    </message>
    <message>
        <source>--every needs a duration of at least 1 second, such as 90s, 15m, 2h or 1d.</source>
        <translation>--every needs a duration of at least 1 second, such as 90s, 15m, 2h or 1d.</translation>
    </message>
    <message>
        <source>--max needs --every and a number of runs of at least 1.</source>
        <translation>--max needs --every and a number of runs of at least 1.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n change(s) found so far</source>
        <translation>
            <numerusform>Comparing: %n change found so far</numerusform>
            <numerusform>Comparing: %n changes found so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 files  %3/%4  %5/s</source>
        <translation>%1/%2 files  %3/%4  %5/s</translation>
    </message>
    <message>
        <source>  %1:%2 left</source>
        <translation>  %1:%2 left</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed. It would do: %1</source>
        <translation>Dry run, nothing was changed. It would do: %1</translation>
    </message>
    <message>
        <source>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions (default 30; 0 keeps none).</source>
        <translation>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions (default 30; 0 keeps none).</translation>
    </message>
    <message>
        <source>Run even though a safety rule would refuse (a first mirror into a folder holding other files, too many deletions, an empty source, another disk).</source>
        <translation>Run even though a safety rule would refuse (a first mirror into a folder holding other files, too many deletions, an empty source, another disk).</translation>
    </message>
    <message>
        <source>with --versions 0 they are not kept</source>
        <translation>with --versions 0 they are not kept</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, copy without deleting: %1 --mode Update
To delete them (%2): %1 --force</source>
        <translation>Nothing was changed. To see the files: %1 --dry-run
To keep them, copy without deleting: %1 --mode Update
To delete them (%2): %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see what a sync would do: %1 --dry-run
If that is what you want: %1 --force</source>
        <translation>Nothing was changed. To see what a sync would do: %1 --dry-run
If that is what you want: %1 --force</translation>
    </message>
    <message>
        <source>Nothing was changed. To see the files: %1 --dry-run
To keep them, set the drive&apos;s mode to Update (in the tray, or with EditDrive); to delete them: %1 --force</source>
        <translation>Nothing was changed. To see the files: %1 --dry-run
To keep them, set the drive&apos;s mode to Update (in the tray, or with EditDrive); to delete them: %1 --force</translation>
    </message>
    <message>
        <source>they are kept for %1 under .letthatsyncin/versions</source>
        <translation>they are kept for %1 under .letthatsyncin/versions</translation>
    </message>
    <message>
        <source>Cancelled while the folders were being checked; nothing was changed.</source>
        <translation>Cancelled while the folders were being checked; nothing was changed.</translation>
    </message>
    <message>
        <source>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</source>
        <translation>Cancelled while the run waited for a folder that does not answer. Every file in the target is whole; a temporary file left behind is removed by the next run.</translation>
    </message>
    <message>
        <source>List a remote target in full instead of trusting what the last runs recorded of it (its index), and record it again.</source>
        <translation>List a remote target in full instead of trusting what the last runs recorded of it (its index), and record it again.</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Trust it? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted, nothing was changed.</source>
        <translation>Nothing was trusted, nothing was changed.</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3).</source>
        <translation>Trusted the host key of %1 (%2 %3).</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the key with:
%2</source>
        <translation>Nothing was changed. %1
Once you have checked it, trust the key with:
%2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>(For this run only. To store it: %1)</source>
        <translation>(For this run only. To store it: %1)</translation>
    </message>
    <message>
        <source>Passphrase for key %1: </source>
        <translation>Passphrase for key %1: </translation>
    </message>
    <message>
        <source>%1 asks:</source>
        <translation>%1 asks:</translation>
    </message>
    <message>
        <source>The server refused the answers given before.</source>
        <translation>The server refused the answers given before.</translation>
    </message>
    <message>
        <source>For an upload form as TARGET (post+https://...): send the form field NAME with VALUE beside each file; may be repeated.</source>
        <translation>For an upload form as TARGET (post+https://...): send the form field NAME with VALUE beside each file; may be repeated.</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>For an upload form as TARGET: the form&apos;s field that takes the file (default: file).</source>
        <translation>For an upload form as TARGET: the form&apos;s field that takes the file (default: file).</translation>
    </message>
    <message>
        <source>--verify: an upload form cannot be listed; the run goes by its record of what was sent.</source>
        <translation>--verify: an upload form cannot be listed; the run goes by its record of what was sent.</translation>
    </message>
    <message>
        <source>--upload-field and --upload-file-field are for an upload form as the target (post+https://...); %1 is not one.</source>
        <translation>--upload-field and --upload-file-field are for an upload form as the target (post+https://...); %1 is not one.</translation>
    </message>
    <message>
        <source>--upload-file-field needs the name of the form&apos;s file field.</source>
        <translation>--upload-file-field needs the name of the form&apos;s file field.</translation>
    </message>
    <message>
        <source>--upload-field takes NAME=VALUE, such as email=me@example.org; &quot;%1&quot; is not.</source>
        <translation>--upload-field takes NAME=VALUE, such as email=me@example.org; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2).</source>
        <translation>Trusted the certificate of %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was changed. %1
Once you have checked it, trust the certificate with:
%2</source>
        <translation>Nothing was changed. %1
Once you have checked it, trust the certificate with:
%2</translation>
    </message>
    <message>
        <source>After the run, watch SOURCE and sync what changed each time it has been quiet for WatchDelay (2 s), until Ctrl+C.</source>
        <translation>After the run, watch SOURCE and sync what changed each time it has been quiet for WatchDelay (2 s), until Ctrl+C.</translation>
    </message>
    <message>
        <source>--watch syncs what changes; it cannot go with --dry-run.</source>
        <translation>--watch syncs what changes; it cannot go with --dry-run.</translation>
    </message>
    <message>
        <source>Watching %1 for changes; Ctrl+C stops.</source>
        <translation>Watching %1 for changes; Ctrl+C stops.</translation>
    </message>
    <message>
        <source>Not watching: %1</source>
        <translation>Not watching: %1</translation>
    </message>
</context>
<context>
    <name>lts::SyncController</name>
    <message numerus="yes">
        <source>The clock moved %n minute(s) more than the time that passed (the computer slept, or the clock was set): missed runs start shortly.</source>
        <translation>
            <numerusform>The clock moved %n minute more than the time that passed (the computer slept, or the clock was set): missed runs start shortly.</numerusform>
            <numerusform>The clock moved %n minutes more than the time that passed (the computer slept, or the clock was set): missed runs start shortly.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clock was set back by %n minute(s); no drive waits longer than its interval because of it.</source>
        <translation>
            <numerusform>The clock was set back by %n minute; no drive waits longer than its interval because of it.</numerusform>
            <numerusform>The clock was set back by %n minutes; no drive waits longer than its interval because of it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>The target folder cannot be opened: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is syncing; restore the version once the sync has ended.</source>
        <translation>&quot;%1&quot; is syncing; restore the version once the sync has ended.</translation>
    </message>
    <message>
        <source>Another sync is writing to the target; try again once it has ended.</source>
        <translation>Another sync is writing to the target; try again once it has ended.</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>The source folder cannot be opened: %1</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the source of &quot;%3&quot;.</source>
        <translation>Restoring the version of %1 kept on %2 into the source of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Restoring the version of %1 kept on %2 into the target of &quot;%3&quot;.</source>
        <translation>Restoring the version of %1 kept on %2 into the target of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>The drive &quot;%1&quot; runs now, after &quot;%2&quot;.</source>
        <translation>The drive &quot;%1&quot; runs now, after &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>lts::SyncEngine</name>
    <message>
        <source>Cannot write to the target %1: it is read-only or permission is denied.</source>
        <translation>Cannot write to the target %1: it is read-only or permission is denied.</translation>
    </message>
    <message>
        <source>Cancelled before any change.</source>
        <translation>Cancelled before any change.</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>The run stopped: %1</translation>
    </message>
    <message>
        <source>Cancelled; files copied so far are complete, none is half-written.</source>
        <translation>Cancelled; files copied so far are complete, none is half-written.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be synced; the rest was.</source>
        <translation>
            <numerusform>%n entry could not be synced; the rest was.</numerusform>
            <numerusform>%n entries could not be synced; the rest was.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) were skipped; the rest was synced.</source>
        <translation>
            <numerusform>%n entry was skipped; the rest was synced.</numerusform>
            <numerusform>%n entries were skipped; the rest was synced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to the target: %1</source>
        <translation>Cannot write to the target: %1</translation>
    </message>
    <message>
        <source>The target&apos;s .letthatsyncin is not a folder (%1); nothing was changed.</source>
        <translation>The target&apos;s .letthatsyncin is not a folder (%1); nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read.</source>
        <translation>
            <numerusform>%n entry could not be read.</numerusform>
            <numerusform>%n entries could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source folder cannot be read: %1</source>
        <translation>The source folder cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 does not exist. Is the backup disk plugged in?</source>
        <translation>%1 does not exist. Is the backup disk plugged in?</translation>
    </message>
    <message>
        <source>The target folder %1 cannot be created.</source>
        <translation>The target folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The target folder cannot be opened: %1</source>
        <translation>The target folder cannot be opened: %1</translation>
    </message>
    <message>
        <source>The source folder cannot be opened: %1</source>
        <translation>The source folder cannot be opened: %1</translation>
    </message>
    <message>
        <source>Another sync (process %1 on %2) is writing to %3.</source>
        <translation>Another sync (process %1 on %2) is writing to %3.</translation>
    </message>
    <message numerus="yes">
        <source>The source has no files, so a mirror would delete all %n file(s) of the target.</source>
        <translation>
            <numerusform>The source has no files, so a mirror would delete all %n file of the target.</numerusform>
            <numerusform>The source has no files, so a mirror would delete all %n files of the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The target holds %n file(s) that the source does not have: a first mirror would delete them.</source>
        <translation>
            <numerusform>The target holds %n file that the source does not have: a first mirror would delete it.</numerusform>
            <numerusform>The target holds %n files that the source does not have: a first mirror would delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mirror would delete %1 of the %2 files in the target (limit %3 %).</source>
        <translation>A mirror would delete %1 of the %2 files in the target (limit %3 %).</translation>
    </message>
    <message>
        <source>only its permissions differ</source>
        <translation>only its permissions differ</translation>
    </message>
    <message>
        <source>not deleted: part of the source could not be read</source>
        <translation>not deleted: part of the source could not be read</translation>
    </message>
    <message numerus="yes">
        <source>A sync now would delete %n file(s), more than the %1 you confirmed: the folders changed since the review. Nothing was changed; review the drive again.</source>
        <translation>
            <numerusform>A sync now would delete %n file, more than the %1 you confirmed: the folders changed since the review. Nothing was changed; review the drive again.</numerusform>
            <numerusform>A sync now would delete %n files, more than the %1 you confirmed: the folders changed since the review. Nothing was changed; review the drive again.</numerusform>
        </translation>
    </message>
    <message>
        <source>No space left on device: the disk of %1 is full.</source>
        <translation>No space left on device: the disk of %1 is full.</translation>
    </message>
    <message>
        <source>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</source>
        <translation>%1 is an upload form, which cannot delete files: choose the mode Update or Move, not Mirror.</translation>
    </message>
    <message>
        <source>The record of what was sent to %1 cannot be opened (%2): nothing was sent, so that no file is sent twice.</source>
        <translation>The record of what was sent to %1 cannot be opened (%2): nothing was sent, so that no file is sent twice.</translation>
    </message>
</context>
<context>
    <name>lts::SyncReport</name>
    <message>
        <source>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 errors; %7 copied in %8 s.</source>
        <translation>%1 added, %2 updated, %3 deleted, %4 unchanged, %5 skipped, %6 errors; %7 copied in %8 s.</translation>
    </message>
</context>
<context>
    <name>lts::TextFormat</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s left</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>%1 min left</translation>
    </message>
    <message>
        <source>%1 h %2 min left</source>
        <translation>%1 h %2 min left</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>how long: kept for 30 days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>how long: kept for 0.5 days</comment>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>lts::TrayApplication</name>
    <message>
        <source>%1

LetThatSyncIn may be running in the background as a service (letthatsyncin --headless): its drives are synced by it, and scripts reach it with &quot;letthatsyncin status&quot;.</source>
        <translation>%1

LetThatSyncIn may be running in the background as a service (letthatsyncin --headless): its drives are synced by it, and scripts reach it with &quot;letthatsyncin status&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Started with %n drive(s) from %1.</source>
        <translation>
            <numerusform>Started with %n drive from %1.</numerusform>
            <numerusform>Started with %n drives from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>LetThatSyncIn is already running; its Drives window is shown.</source>
        <translation>LetThatSyncIn is already running; its Drives window is shown.</translation>
    </message>
    <message>
        <source>LetThatSyncIn</source>
        <translation>LetThatSyncIn</translation>
    </message>
    <message>
        <source>There is no translation for the language &quot;%1&quot;; the system&apos;s is used.</source>
        <translation>There is no translation for the language &quot;%1&quot;; the system&apos;s is used.</translation>
    </message>
    <message>
        <source>No system tray was found: the Drives window is shown instead.</source>
        <translation>No system tray was found: the Drives window is shown instead.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>About LetThatSyncIn</source>
        <translation>About LetThatSyncIn</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Keeps your folders in sync on a schedule, safely.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;WebSocket API for scripts: %2&lt;/p&gt;&lt;p&gt;Configuration: %3&lt;br&gt;Logs: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LetThatSyncIn %1&lt;/h3&gt;&lt;p&gt;Keeps your folders in sync on a schedule, safely.&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;WebSocket API for scripts: %2&lt;/p&gt;&lt;p&gt;Configuration: %3&lt;br&gt;Logs: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is its disk plugged in?).</source>
        <translation>The folder %1 does not exist (is its disk plugged in?).</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>No file manager could open %1.</translation>
    </message>
    <message>
        <source>Quitting: running syncs are cancelled.</source>
        <translation>Quitting: running syncs are cancelled.</translation>
    </message>
    <message>
        <source>%1 is on a server that the file manager cannot open by its address; use the server&apos;s own tools to look at it.</source>
        <translation>%1 is on a server that the file manager cannot open by its address; use the server&apos;s own tools to look at it.</translation>
    </message>
</context>
<context>
    <name>lts::TrayIcon</name>
    <message>
        <source>Sync all now</source>
        <translation>Sync all now</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pause all</translation>
    </message>
    <message>
        <source>Add drive...</source>
        <translation>Add drive...</translation>
    </message>
    <message>
        <source>Drives...</source>
        <translation>Drives...</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>History...</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <source>About...</source>
        <translation>About...</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>lts::TrayView</name>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>partly synced</source>
        <translation>partly synced</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message numerus="yes">
        <source>comparing folders (%Ln to copy so far)</source>
        <translation>
            <numerusform>comparing folders (%Ln to copy so far)</numerusform>
            <numerusform>comparing folders (%Ln to copy so far)</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing folders</source>
        <translation>comparing folders</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>syncing</translation>
    </message>
    <message>
        <source>copying %1 of %2</source>
        <translation>copying %1 of %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>partly synced: %1</source>
        <translation>partly synced: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>never synced, first run %1</source>
        <translation>never synced, first run %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>cancelled %1</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>waiting for another sync</source>
        <translation>waiting for another sync</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>disk not available</source>
        <translation>disk not available</translation>
    </message>
    <message>
        <source>No drives yet: choose Add drive...</source>
        <translation>No drives yet: choose Add drive...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — not synced for over %2</source>
        <translation>%1 — not synced for over %2</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Last run: never</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Last run: %1</translation>
    </message>
    <message>
        <source>Last run: %1, %2</source>
        <translation>Last run: %1, %2</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Review...</source>
        <translation>Review...</translation>
    </message>
    <message>
        <source>Open source</source>
        <translation>Open source</translation>
    </message>
    <message>
        <source>Open target</source>
        <translation>Open target</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Resume all</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pause all</translation>
    </message>
    <message>
        <source>cancelled %1, last synced %2</source>
        <translation>cancelled %1, last synced %2</translation>
    </message>
    <message>
        <source>Versions...</source>
        <translation>Versions...</translation>
    </message>
    <message>
        <source>Trust the server...</source>
        <translation>Trust the server...</translation>
    </message>
    <message>
        <source>Enter the password...</source>
        <translation>Enter the password...</translation>
    </message>
    <message>
        <source>%1 — not watched: %2</source>
        <translation>%1 — not watched: %2</translation>
    </message>
</context>
<context>
    <name>lts::TrustCommand</name>
    <message>
        <source>fingerprint</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>trust needs one location, such as sftp://pi@logger.local/data.</source>
        <translation>trust needs one location, such as sftp://pi@logger.local/data.</translation>
    </message>
    <message>
        <source>%1 is a folder of this computer: only the server of a remote location (sftp://...) has a key to trust.</source>
        <translation>%1 is a folder of this computer: only the server of a remote location (sftp://...) has a key to trust.</translation>
    </message>
    <message>
        <source>--fingerprint needs a fingerprint as ssh-keygen -lf prints it, such as SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; &quot;%1&quot; is not one.</source>
        <translation>--fingerprint needs a fingerprint as ssh-keygen -lf prints it, such as SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is trusted already.</source>
        <translation>The host key of %1 (%2 %3) is trusted already.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the key, trust it with:
%1</source>
        <translation>Nothing was trusted. Once you have checked the key, trust it with:
%1</translation>
    </message>
    <message>
        <source>Trust it? [y/N] </source>
        <translation>Trust it? [y/N] </translation>
    </message>
    <message>
        <source>Nothing was trusted. To trust it later:
%1</source>
        <translation>Nothing was trusted. To trust it later:
%1</translation>
    </message>
    <message>
        <source>Trusted the host key of %1 (%2 %3); it is kept in %4.</source>
        <translation>Trusted the host key of %1 (%2 %3); it is kept in %4.</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>Nothing was trusted.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was trusted.</source>
        <translation>Cancelled; nothing was trusted.</translation>
    </message>
    <message>
        <source>Trust the key or certificate only if its fingerprint is this one (SHA256:..., as ssh-keygen -lf prints it on the server, or as the refusal of a certificate shows it).</source>
        <translation>Trust the key or certificate only if its fingerprint is this one (SHA256:..., as ssh-keygen -lf prints it on the server, or as the refusal of a certificate shows it).</translation>
    </message>
    <message>
        <source>Trusts the host key that the server of LOCATION (sftp://...) presents, or the certificate of an encrypted one (davs://...) that the system&apos;s authorities do not vouch for, so that syncs with it can run. With --fingerprint, it is trusted only if it is that one; without, it is shown and, on a terminal, you are asked.

Exit codes: 0 trusted, 2 the server cannot be reached, 3 not trusted (another fingerprint, or not confirmed), 4 bad command line.</source>
        <translation>Trusts the host key that the server of LOCATION (sftp://...) presents, or the certificate of an encrypted one (davs://...) that the system&apos;s authorities do not vouch for, so that syncs with it can run. With --fingerprint, it is trusted only if it is that one; without, it is shown and, on a terminal, you are asked.

Exit codes: 0 trusted, 2 the server cannot be reached, 3 not trusted (another fingerprint, or not confirmed), 4 bad command line.</translation>
    </message>
    <message>
        <source>The server of %1 has no key or certificate to trust: trust is for sftp:// and the encrypted kinds (davs://, ftpes://, ftps://, post+https://).</source>
        <translation>The server of %1 has no key or certificate to trust: trust is for sftp:// and the encrypted kinds (davs://, ftpes://, ftps://, post+https://).</translation>
    </message>
    <message>
        <source>The certificate of %1 (%2) is trusted already.</source>
        <translation>The certificate of %1 (%2) is trusted already.</translation>
    </message>
    <message>
        <source>Nothing was trusted. Once you have checked the certificate, trust it with:
%1</source>
        <translation>Nothing was trusted. Once you have checked the certificate, trust it with:
%1</translation>
    </message>
    <message>
        <source>Trusted the certificate of %1 (%2); it is kept in %3.</source>
        <translation>Trusted the certificate of %1 (%2); it is kept in %3.</translation>
    </message>
</context>
<context>
    <name>lts::TrustDialog</name>
    <message>
        <source>Server key changed</source>
        <translation>Server key changed</translation>
    </message>
    <message>
        <source>Unknown server key</source>
        <translation>Unknown server key</translation>
    </message>
    <message>
        <source>%1 (port %2)</source>
        <translation>%1 (port %2)</translation>
    </message>
    <message>
        <source>WARNING: the key of the server %1 has changed</source>
        <translation>WARNING: the key of the server %1 has changed</translation>
    </message>
    <message>
        <source>The key of the server %1 is not known yet</source>
        <translation>The key of the server %1 is not known yet</translation>
    </message>
    <message>
        <source>The server presents another key than the one trusted before. It may have been reinstalled or given a new key, but someone may also be between you and the server, to read or change your files. Trust the new key only if the server&apos;s administrator confirms that it changed.</source>
        <translation>The server presents another key than the one trusted before. It may have been reinstalled or given a new key, but someone may also be between you and the server, to read or change your files. Trust the new key only if the server&apos;s administrator confirms that it changed.</translation>
    </message>
    <message>
        <source>LetThatSyncIn has not connected to this server before, so it cannot be sure that it is the server you mean and not another one in its place. Compare the key&apos;s fingerprint with the one the server itself shows.</source>
        <translation>LetThatSyncIn has not connected to this server before, so it cannot be sure that it is the server you mean and not another one in its place. Compare the key&apos;s fingerprint with the one the server itself shows.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Key type:</translation>
    </message>
    <message>
        <source>Trusted before:</source>
        <translation>Trusted before:</translation>
    </message>
    <message>
        <source>&amp;Presented now:</source>
        <translation>&amp;Presented now:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <source>To check it, run this on the server, or ask its administrator to; it must print the same fingerprint:</source>
        <translation>To check it, run this on the server, or ask its administrator to; it must print the same fingerprint:</translation>
    </message>
    <message>
        <source>Command that prints the fingerprint on the server</source>
        <translation>Command that prints the fingerprint on the server</translation>
    </message>
    <message>
        <source>Trust the new key only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Trust the new key only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the key: LetThatSyncIn remembers it and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>If the fingerprints are the same, trust the key: LetThatSyncIn remembers it and syncs the drives that wait for it. If they differ, cancel.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <source>Asking the server for its key…</source>
        <translation>Asking the server for its key…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another key than the one shown here (%1). Sync the drive again to see the key it presents now, and check that one.</source>
        <translation>Nothing was trusted: the server now presents another key than the one shown here (%1). Sync the drive again to see the key it presents now, and check that one.</translation>
    </message>
    <message>
        <source>Nothing was trusted: %1</source>
        <translation>Nothing was trusted: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Server certificate changed</source>
        <translation>Server certificate changed</translation>
    </message>
    <message>
        <source>Unknown server certificate</source>
        <translation>Unknown server certificate</translation>
    </message>
    <message>
        <source>WARNING: the certificate of the server %1 has changed</source>
        <translation>WARNING: the certificate of the server %1 has changed</translation>
    </message>
    <message>
        <source>The certificate of the server %1 is not trusted yet</source>
        <translation>The certificate of the server %1 is not trusted yet</translation>
    </message>
    <message>
        <source>The server presents another certificate than the one trusted before. It may have been given a new one, but someone may also be between you and the server, to read or change your files. Trust the new certificate only if the server&apos;s administrator confirms that it changed.</source>
        <translation>The server presents another certificate than the one trusted before. It may have been given a new one, but someone may also be between you and the server, to read or change your files. Trust the new certificate only if the server&apos;s administrator confirms that it changed.</translation>
    </message>
    <message>
        <source>None of this computer&apos;s certificate authorities vouches for this certificate (a NAS or a server often makes its own), so LetThatSyncIn cannot be sure that it is the server you mean and not another one in its place. Compare the certificate&apos;s fingerprint with the one the server itself shows.</source>
        <translation>None of this computer&apos;s certificate authorities vouches for this certificate (a NAS or a server often makes its own), so LetThatSyncIn cannot be sure that it is the server you mean and not another one in its place. Compare the certificate&apos;s fingerprint with the one the server itself shows.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>To check it, run this on the server with the file of its certificate, or ask its administrator to; it must print the same fingerprint (with a &quot;=&quot; at its end):</source>
        <translation>To check it, run this on the server with the file of its certificate, or ask its administrator to; it must print the same fingerprint (with a &quot;=&quot; at its end):</translation>
    </message>
    <message>
        <source>Trust the new certificate only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</source>
        <translation>Trust the new certificate only if the administrator confirms its fingerprint: LetThatSyncIn then syncs the drives that wait for it. Otherwise cancel, and sync nothing with this server.</translation>
    </message>
    <message>
        <source>If the fingerprints are the same, trust the certificate: LetThatSyncIn remembers it for this server and syncs the drives that wait for it. If they differ, cancel.</source>
        <translation>If the fingerprints are the same, trust the certificate: LetThatSyncIn remembers it for this server and syncs the drives that wait for it. If they differ, cancel.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Trust this certificate</translation>
    </message>
    <message>
        <source>Asking the server for its certificate…</source>
        <translation>Asking the server for its certificate…</translation>
    </message>
    <message>
        <source>Nothing was trusted: the server now presents another certificate than the one shown here (%1). Sync the drive again to see the one it presents now, and check that one.</source>
        <translation>Nothing was trusted: the server now presents another certificate than the one shown here (%1). Sync the drive again to see the one it presents now, and check that one.</translation>
    </message>
</context>
<context>
    <name>lts::TrustedCertificates</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>its folder cannot be made</source>
        <translation>its folder cannot be made</translation>
    </message>
    <message>
        <source>another program holds %1.lock</source>
        <translation>another program holds %1.lock</translation>
    </message>
</context>
<context>
    <name>lts::Uploader</name>
    <message>
        <source>a link: an upload form takes files only, and links are not sent</source>
        <translation>a link: an upload form takes files only, and links are not sent</translation>
    </message>
    <message>
        <source>it changed during the run; kept in the source</source>
        <translation>it changed during the run; kept in the source</translation>
    </message>
    <message>
        <source>Cannot open the source folder.</source>
        <translation>Cannot open the source folder.</translation>
    </message>
    <message>
        <source>it changed in the source after it was sent; kept there</source>
        <translation>it changed in the source after it was sent; kept there</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>it changed while it was read; it is sent on the next run</source>
        <translation>it changed while it was read; it is sent on the next run</translation>
    </message>
    <message>
        <source>Sent, but cannot remove it from the source: %1</source>
        <translation>Sent, but cannot remove it from the source: %1</translation>
    </message>
</context>
<context>
    <name>lts::VersionStore</name>
    <message>
        <source>&quot;%1&quot; is not a path inside the drive.</source>
        <translation>&quot;%1&quot; is not a path inside the drive.</translation>
    </message>
    <message>
        <source>There is no version of %1 kept at %2.</source>
        <translation>There is no version of %1 kept at %2.</translation>
    </message>
    <message>
        <source>Cannot make the folder to restore into: %1</source>
        <translation>Cannot make the folder to restore into: %1</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Cannot restore %1: %2</translation>
    </message>
</context>
<context>
    <name>lts::VersionTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>lts::VersionsWindow</name>
    <message>
        <source>Overwritten</source>
        <translation>Overwritten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation>Versions: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; keeps no versions now (Keep versions is off in its settings); the ones kept before are listed here.</source>
        <translation>&quot;%1&quot; keeps no versions now (Keep versions is off in its settings); the ones kept before are listed here.</translation>
    </message>
    <message>
        <source>Filter by name or folder</source>
        <translation>Filter by name or folder</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Restore into the &amp;source</source>
        <translation>Restore into the &amp;source</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the source folder, where the next sync takes them to the target again</source>
        <translation>Copy the chosen versions back into the source folder, where the next sync takes them to the target again</translation>
    </message>
    <message>
        <source>Restore into the &amp;target</source>
        <translation>Restore into the &amp;target</translation>
    </message>
    <message>
        <source>Copy the chosen versions back into the target folder</source>
        <translation>Copy the chosen versions back into the target folder</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Show the chosen version in the file manager</source>
        <translation>Show the chosen version in the file manager</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The versions cannot be read: %1</source>
        <translation>The versions cannot be read: %1</translation>
    </message>
    <message>
        <source>No versions are kept: no sync of this drive has overwritten or deleted a file yet.</source>
        <translation>No versions are kept: no sync of this drive has overwritten or deleted a file yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) kept.</source>
        <translation>
            <numerusform>%n version kept.</numerusform>
            <numerusform>%n versions kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the versions…</source>
        <translation>Reading the versions…</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restoring %1…</translation>
    </message>
    <message>
        <source>Restored into the source: %1</source>
        <translation>Restored into the source: %1</translation>
    </message>
    <message>
        <source>Restored into the target: %1</source>
        <translation>Restored into the target: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message>
        <source>A mirror keeps the target like the source: the next sync takes these files away again (and keeps them as versions). Restore into the source to keep them.</source>
        <translation>A mirror keeps the target like the source: the next sync takes these files away again (and keeps them as versions). Restore into the source to keep them.</translation>
    </message>
    <message>
        <source>The files that syncs of &quot;%1&quot; overwrote or deleted in its target are kept for %2. Choose files and put them back; nothing is overwritten: a file restored where another stands comes back beside it.</source>
        <translation>The files that syncs of &quot;%1&quot; overwrote or deleted in its target are kept for %2. Choose files and put them back; nothing is overwritten: a file restored where another stands comes back beside it.</translation>
    </message>
</context>
<context>
    <name>lts::VolumeIdentity</name>
    <message>
        <source>Cannot record the volume identity in %1: %2</source>
        <translation>Cannot record the volume identity in %1: %2</translation>
    </message>
    <message>
        <source>The source folder is not on the disk it was on at the last run.</source>
        <translation>The source folder is not on the disk it was on at the last run.</translation>
    </message>
    <message>
        <source>The target folder is not on the disk it was on at the last run. Is the backup disk plugged in?</source>
        <translation>The target folder is not on the disk it was on at the last run. Is the backup disk plugged in?</translation>
    </message>
    <message>
        <source>The target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted?</source>
        <translation>The target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted?</translation>
    </message>
</context>
<context>
    <name>lts::WatchReasons</name>
    <message>
        <source>Too many folders for inotify (%1 watched, the system allows no more): raise fs.inotify.max_user_watches, e.g. sudo sysctl fs.inotify.max_user_watches=%2; until then the drive syncs at its interval.</source>
        <translation>Too many folders for inotify (%1 watched, the system allows no more): raise fs.inotify.max_user_watches, e.g. sudo sysctl fs.inotify.max_user_watches=%2; until then the drive syncs at its interval.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2), which does not announce changes: the drive syncs at its interval.</source>
        <translation>%1 is on a network file system (%2), which does not announce changes: the drive syncs at its interval.</translation>
    </message>
    <message>
        <source>Cannot watch %1 (%2): the drive syncs at its interval.</source>
        <translation>Cannot watch %1 (%2): the drive syncs at its interval.</translation>
    </message>
</context>
<context>
    <name>lts::WindowsWatcher</name>
    <message>
        <source>a network share</source>
        <translation>a network share</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
</context>
</TS>
