<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Studio::App::MainWindow</name>
    <message>
        <source>Plugin Studio</source>
        <translation>Plugin Studio</translation>
    </message>
</context>
</TS>
