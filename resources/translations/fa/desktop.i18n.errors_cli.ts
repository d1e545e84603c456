<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>Errors</name>
    <message>
        <source>There is no database file at {path}: check the --db path (setup creates a new database).</source>
        <translation>در {path} پایگاه داده‌ای نیست: مسیر --db را بررسی کنید (فرمان setup پایگاه دادهٔ تازه می‌سازد).</translation>
    </message>
</context>
</TS>
