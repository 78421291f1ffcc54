package org.magicref.records;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the user's additions live: {@code $MAGICREF_HOME}, else {@code $XDG_DATA_HOME/magicref},
 * else {@code ~/.local/share/magicref} (the XDG base directory convention).
 */
public final class UserFolder {
    public static final String HOME_ENV = "MAGICREF_HOME";
    public static final String CACHE_ENV = "MAGICREF_CACHE";

    private UserFolder() {
    }

    /** The folder the environment names, or empty where it names none (no home at all). */
    public static Optional<Path> resolve(Function<String, String> env) {
        String home = env.apply(HOME_ENV);
        if (home != null && !home.isBlank()) {
            return Optional.of(Path.of(home));
        }
        String data = env.apply("XDG_DATA_HOME");
        if (data != null && !data.isBlank() && Path.of(data).isAbsolute()) {
            return Optional.of(Path.of(data, "magicref"));
        }
        String user = env.apply("HOME");
        return user == null || user.isBlank() ? Optional.empty() : Optional.of(Path.of(user, ".local", "share", "magicref"));
    }

    /**
     * Where magicref keeps what it can make again (rendered first citations): {@code $MAGICREF_CACHE}
     * (set and empty: nowhere), else {@code $XDG_CACHE_HOME/magicref}, else {@code ~/.cache/magicref}.
     */
    public static Optional<Path> cache(Function<String, String> env) {
        String cache = env.apply(CACHE_ENV);
        if (cache != null) {
            return cache.isBlank() ? Optional.empty() : Optional.of(Path.of(cache));
        }
        String xdg = env.apply("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "magicref"));
        }
        String user = env.apply("HOME");
        return user == null || user.isBlank() ? Optional.empty() : Optional.of(Path.of(user, ".cache", "magicref"));
    }
}
