package dev.hmrc.cli;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The class names {@code hmrc run --java=PATTERN[,PATTERN...]} lets {@code Java.type} find:
 * {@code java.util.*} names the classes of one package ({@code *} never crosses a dot, nested
 * classes such as {@code java.util.Map$Entry} included), {@code com.example.**} those of a
 * package and its subpackages, any other pattern one class exactly.
 *
 * @param patterns the patterns as compiled regular expressions
 */
record JavaClassPatterns(List<Pattern> patterns) {

    private static final Pattern VALID = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.*]*");

    /**
     * The patterns of {@code --java}.
     *
     * @throws IllegalArgumentException for an empty or malformed pattern, naming it
     */
    static JavaClassPatterns parse(List<String> texts) {
        List<Pattern> compiled = new ArrayList<>();
        for (String text : texts) {
            String pattern = text.strip();
            if (!VALID.matcher(pattern).matches() || pattern.contains("***") || pattern.contains("..")) {
                throw new IllegalArgumentException("--java: '" + text + "' is not a class name pattern"
                        + " (examples: java.util.*, com.example.**, java.time.LocalDate)");
            }
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else if (c == '*') {
                    regex.append("[^.]*");
                } else if (c == '.' || c == '$') {
                    regex.append('\\').append(c);
                } else {
                    regex.append(c);
                }
            }
            compiled.add(Pattern.compile(regex.toString()));
        }
        return new JavaClassPatterns(List.copyOf(compiled));
    }

    /** {@return whether a pattern names the fully qualified class {@code className}} */
    boolean matches(String className) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A class loader over {@code --class-path}'s entries (jars and folders), after {@code parent}.
     *
     * @throws IllegalArgumentException for an entry that does not exist, naming it
     */
    static ClassLoader classLoader(String classPath, ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(Pattern.quote(File.pathSeparator))) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("--class-path: " + entry + " does not exist");
            }
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException impossible) {
                throw new IllegalArgumentException("--class-path: " + entry + ": " + impossible.getMessage());
            }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), parent);
    }
}
