<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>lts::CommandLine</name>
    <message>
        <source>Folder of config.json (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the run state, history and logs (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the WebSocket server listens on, instead of the WebSocketAddress setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the WebSocket server, instead of the WebSocketPort setting; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LetThatSyncIn keeps folders in sync on a schedule.

Commands:
  list    Print the configured drives as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the configured drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ws-address needs an IP address such as 127.0.0.1, or localhost; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ws-port needs a port number from 0 to 65535 (0 turns the server off); &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::ConfigStore</name>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON (%2 at character %3); no drive could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 must hold a JSON object; no drive could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 was written by a newer version of LetThatSyncIn (format %2; this version reads format %3). It was left untouched: update LetThatSyncIn to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file&apos;s Version must be %1; reading it as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings must be a JSON object; using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives must be a list of drives; no drive could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the configuration folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the configuration to %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the unusable configuration file as %1, so it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::DriveCodec</name>
    <message>
        <source>A drive must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source must be a folder path, as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a folder path, as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep must be a positive number; the drive runs every 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units must be Seconds, Minutes, Hours or Days; the drive runs every 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode must be Mirror, Update or Move; using Mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled must be true or false; using true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude must be a list of patterns, as text; nothing is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden must be true or false; hidden files are synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions must be a number of days from 0 to 3650; no old versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drive was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::DriveValidator</name>
    <message>
        <source>The drive needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not contain control characters (such as a line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another drive is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to copy from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source must be a full path, such as /home/you/Pictures; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source folder %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target must be a full path, such as /media/backup/Pictures; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is the source folder itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is inside the source folder, so it would copy itself into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target contains the source folder; mirroring would overwrite the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target overlaps the target of drive &quot;%1&quot; (%2): two drives writing into one folder tree would delete each other&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target folder %1 cannot be written to: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 cannot be created because %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target %1 cannot be created: %2 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 is outside 1 second to 366 days; the drive runs every 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::Interval</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::ListCommand</name>
    <message>
        <source>Print the drives as JSON, in the form of the protocol&apos;s ListDrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the drives of the configuration: name, source, target, interval, mode, and whether the schedule runs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drives are configured (in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lts::SettingsCodec</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address such as 127.0.0.1, or localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be %2; using %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
