<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it yours and readable by you only (chmod 600).</source>
        <translation>The API token file %1 may be read by other users (permissions %2), so it no longer keeps them from driving LetThatSyncIn. Remove it to have a new one made at the next start, or make it yours and readable by you only (chmod 600).</translation>
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
        <source>LetThatSyncIn keeps folders in sync on a schedule.

Commands:
  list                Print the configured drives as a table.
  status              Ask the running LetThatSyncIn how its drives are.
  send JSON           Send one request of the protocol, print the response.
  sync SOURCE TARGET  Sync SOURCE to TARGET once, now (see sync --help).
  sync --drive NAME   Sync a configured drive once, now.</source>
        <translation>LetThatSyncIn keeps folders in sync on a schedule.

Commands:
  list                Print the configured drives as a table.
  status              Ask the running LetThatSyncIn how its drives are.
  send JSON           Send one request of the protocol, print the response.
  sync SOURCE TARGET  Sync SOURCE to TARGET once, now (see sync --help).
  sync --drive NAME   Sync a configured drive once, now.</translation>
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
        <source>Cannot create the configuration folder %1.</source>
        <translation>Cannot create the configuration folder %1.</translation>
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
        <source>Versions must be a number of days from 0 to 3650; no old versions are kept.</source>
        <translation>Versions must be a number of days from 0 to 3650; no old versions are kept.</translation>
    </message>
    <message>
        <source>No drive was given.</source>
        <translation>No drive was given.</translation>
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
    <name>lts::RunHistory</name>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Cannot write the history %1: %2</translation>
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
        <source>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions.</source>
        <translation>Keep the files the run overwrites or deletes for this many days, under TARGET/.letthatsyncin/versions.</translation>
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
        <source>Run even though a safety rule would refuse (too many deletions, empty source, another disk).</source>
        <translation>Run even though a safety rule would refuse (too many deletions, empty source, another disk).</translation>
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
        <source>The configuration file could not be read whole; it was kept as %1.</source>
        <translation>The configuration file could not be read whole; it was kept as %1.</translation>
    </message>
    <message>
        <source>Added the drive &quot;%1&quot;.</source>
        <translation>Added the drive &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no drive &quot;%1&quot;.</source>
        <translation>There is no drive &quot;%1&quot;.</translation>
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
        <source>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</source>
        <translation>Stopped because LetThatSyncIn was closing; the run is made again after the next start.</translation>
    </message>
</context>
<context>
    <name>lts::SyncEngine</name>
    <message>
        <source>Source Unavailable: %1</source>
        <translation>Source Unavailable: %1</translation>
    </message>
    <message>
        <source>Target Unavailable: %1 does not exist. Is the backup disk plugged in?</source>
        <translation>Target Unavailable: %1 does not exist. Is the backup disk plugged in?</translation>
    </message>
    <message>
        <source>Target Unavailable: cannot create %1.</source>
        <translation>Target Unavailable: cannot create %1.</translation>
    </message>
    <message>
        <source>Target Unavailable: %1</source>
        <translation>Target Unavailable: %1</translation>
    </message>
    <message>
        <source>Cannot write to the target %1: it is read-only or permission is denied.</source>
        <translation>Cannot write to the target %1: it is read-only or permission is denied.</translation>
    </message>
    <message>
        <source>Target Busy: another sync (process %1 on %2) is writing to %3.</source>
        <translation>Target Busy: another sync (process %1 on %2) is writing to %3.</translation>
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
        <source>Source Empty: the source has no files, so mirroring would delete all %n file(s) of the target. If that is what you want, run once with --force (or Run anyway).</source>
        <translation>
            <numerusform>Source Empty: the source has no files, so mirroring would delete the %n file of the target. If that is what you want, run once with --force (or Run anyway).</numerusform>
            <numerusform>Source Empty: the source has no files, so mirroring would delete all %n files of the target. If that is what you want, run once with --force (or Run anyway).</numerusform>
        </translation>
    </message>
    <message>
        <source>Too Many Deletions: %1 of %2 files</source>
        <translation>Too Many Deletions: %1 of %2 files</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read.</source>
        <translation>
            <numerusform>%n entry could not be read.</numerusform>
            <numerusform>%n entries could not be read.</numerusform>
        </translation>
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
</context>
<context>
    <name>lts::VolumeIdentity</name>
    <message>
        <source>Volume Changed: the source folder is not on the disk it was on at the last run. If that is right, run once with --force (or Run anyway).</source>
        <translation>Volume Changed: the source folder is not on the disk it was on at the last run. If that is right, run once with --force (or Run anyway).</translation>
    </message>
    <message>
        <source>Volume Changed: the target folder is not on the disk it was on at the last run. Is the backup disk plugged in? If the new disk is right, run once with --force (or Run anyway).</source>
        <translation>Volume Changed: the target folder is not on the disk it was on at the last run. Is the backup disk plugged in? If the new disk is right, run once with --force (or Run anyway).</translation>
    </message>
    <message>
        <source>Volume Changed: the target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted? If this folder is right, run once with --force (or Run anyway).</source>
        <translation>Volume Changed: the target folder is not the one synced before (its marker in .letthatsyncin is gone). Is the backup disk mounted? If this folder is right, run once with --force (or Run anyway).</translation>
    </message>
    <message>
        <source>Cannot record the volume identity in %1: %2</source>
        <translation>Cannot record the volume identity in %1: %2</translation>
    </message>
</context>
</TS>
