#!/usr/bin/env bash
# Builds a self-contained app image (runtime + JavaFX + Activation Desk) with jlink and jpackage.
# The app stays on the class path; only the JDK and the JavaFX platform jars are linked as modules.
# On Windows run the same steps from Git Bash with a Windows JDK (the JavaFX "win" jars are then picked by Maven);
# --type msi additionally needs the WiX Toolset.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q package -DskipTests
rm -rf target/fxmods target/runtime target/dist target/app-input
mkdir -p target/fxmods target/app-input
cp target/lib/*.jar target/app-input/
# JavaFX: the platform jars are modular and go on jlink's module path; the empty no-classifier jars go nowhere.
mv target/app-input/javafx-*-*.jar target/fxmods/
rm -f target/app-input/javafx-*.jar
cp target/activation-desk.jar target/app-input/
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.charsets
jlink --module-path target/fxmods --add-modules "$MODULES,javafx.controls,javafx.fxml" \
      --include-locales=en,ja --strip-debug --no-header-files --no-man-pages --compress=2 --output target/runtime
jpackage --type app-image --name activation-desk --app-version 0.1.0 --input target/app-input \
      --main-jar activation-desk.jar --main-class org.activationdesk.app.Launcher \
      --runtime-image target/runtime --java-options '--enable-native-access=ALL-UNNAMED' \
      --java-options '-Dfile.encoding=UTF-8' --dest target/dist
echo "app image: target/dist/activation-desk"
