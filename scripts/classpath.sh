# Sourced by the scripts: sets $classpath to target/classes plus the runtime dependencies,
# compiling first when the classes are missing.
if [[ ! -d target/classes/io/clouddouble ]]; then
  mvn -B -q -DskipTests compile
fi
if [[ ! -f target/classpath.txt || pom.xml -nt target/classpath.txt ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
fi
classpath="target/classes:$(cat target/classpath.txt)"
