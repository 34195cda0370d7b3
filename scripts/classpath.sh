# Sourced by the scripts: compiles (a no-op when up to date) and sets $classpath to target/classes
# plus the runtime dependencies.
mvn -B -q -Dstyle.color=never -DskipTests compile
if [[ ! -f target/classpath.txt || pom.xml -nt target/classpath.txt ]]; then
  mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
classpath="target/classes:$(cat target/classpath.txt)"
