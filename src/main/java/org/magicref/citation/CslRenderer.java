package org.magicref.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.magicref.domain.Catalogue;
import org.magicref.domain.Document;
import org.magicref.domain.DocumentId;
import org.magicref.domain.Frames;

/**
 * Renders notes and bibliographies in any style of the Citation Style Language repository. The
 * engine (citeproc-java with its 10,000 styles) is loaded only here, from the {@code lib} folder
 * beside magicref's jar, so commands that do not ask for a CSL style never pay for it. Every item
 * is registered before the first citation, so that notes already rendered are not renumbered or
 * re-rendered when a later item sorts first.
 */
public final class CslRenderer {
    private static final String DEPENDENT = "dependent/";
    private static final String ENGINE = "org.magicref.citation.csl.CiteprocEngine";
    private static volatile CslEngine engine;
    private static volatile Set<String> styles;

    private final CslEngine.Renderer renderer;
    private final Markup markup;
    /** The documents whose reel is in the locator of their citations rather than in their item. */
    private final Set<DocumentId> reelInLocator;

    private CslRenderer(CslEngine.Renderer renderer, Markup markup, Set<DocumentId> reelInLocator) {
        this.renderer = renderer;
        this.markup = markup;
        this.reelInLocator = reelInLocator;
    }

    /** Marked text (plain for a text renderer) in the renderer's format. */
    private String inFormat(String marked) {
        return markup == Markup.TEXT ? marked : markup.render(marked);
    }

    /**
     * A renderer for the style over the given documents' items.
     *
     * @throws UnknownStyleException naming the nearest style ids
     */
    public static CslRenderer create(Catalogue catalogue, List<Document> documents, String style) {
        return create(catalogue, documents, style, Markup.TEXT);
    }

    /** A renderer as above whose text is in the given format (italics kept for HTML, RTF and Markdown). */
    public static CslRenderer create(Catalogue catalogue, List<Document> documents, String style, Markup markup) {
        return create(catalogue, documents, style, markup, Set.of());
    }

    /**
     * A renderer for citations of these references, all registered first. The reel of a document
     * cited only with pages goes in the locator, before the frame, as the thesis and the manuals
     * order them ("7, reel 9, fr. 0800"), rather than in the item, which styles print after the
     * locator; a document cited somewhere without pages keeps it in the item, so that no citation
     * loses it.
     */
    public static CslRenderer citing(Catalogue catalogue, List<Reference> references, String style, Markup markup) {
        return citing(catalogue, references, reelInLocator(references), style, markup);
    }

    /** A renderer as above, the reel in the locator for the documents given (those of the citations printed). */
    public static CslRenderer citing(Catalogue catalogue, List<Reference> references, Set<DocumentId> reelInLocator, String style,
                                     Markup markup) {
        List<Document> documents = references.stream().map(Reference::document).distinct().toList();
        return create(catalogue, documents, style, markup, reelInLocator);
    }

    /** The documents of these references that have a reel and are cited only with pages. */
    public static Set<DocumentId> reelInLocator(List<Reference> references) {
        Set<DocumentId> unpaged = references.stream().filter(r -> r.groups().isEmpty()).map(r -> r.document().id())
                .collect(Collectors.toSet());
        return references.stream().map(Reference::document).filter(d -> d.reel() != null && !unpaged.contains(d.id()))
                .map(Document::id).collect(Collectors.toSet());
    }

    private static CslRenderer create(Catalogue catalogue, List<Document> documents, String style, Markup markup,
                                      Set<DocumentId> reelInLocator) {
        String id = resolve(style);
        CslItems items = new CslItems(catalogue);
        Map<String, Map<String, Object>> data = new LinkedHashMap<>();
        for (Document d : documents) {
            data.putIfAbsent(CslItems.id(d), reelInLocator.contains(d.id()) ? items.cited(d) : items.item(d));
        }
        return new CslRenderer(engine().renderer(new ArrayList<>(data.values()), id, markup != Markup.TEXT, remembered), markup,
                reelInLocator);
    }

    /** Where first citations are kept between runs (see {@link CslEngine#renderer(List, String, boolean, Path)}), or null. */
    private static volatile Path remembered;

    /**
     * Keeps each renderer's first citation in the folder and answers it from there in later runs:
     * a one-shot {@code cite} of a document already cited in that style, at any page, then does
     * not start the CSL processor. Null keeps nothing.
     */
    public static void rememberFirstCitationsIn(Path folder) {
        remembered = folder;
    }

    /** The engine: from the class path where it is there (tests), else from the lib folder beside the jar. */
    static CslEngine engine() {
        CslEngine e = engine;
        if (e == null) {
            synchronized (CslRenderer.class) {
                if (engine == null) {
                    engine = load();
                }
                e = engine;
            }
        }
        return e;
    }

    private static CslEngine load() {
        try {
            Class<?> c;
            try {
                c = Class.forName(ENGINE);
            } catch (ClassNotFoundException | NoClassDefFoundError notHere) {
                c = Class.forName(ENGINE, true, new URLClassLoader(libraryJars(), CslRenderer.class.getClassLoader()));
            }
            return (CslEngine) c.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the citation style engine cannot be loaded from " + libraryDir()
                    + " (rebuild with 'mvn package'): " + e, e);
        }
    }

    /** The CSL engine's folder: $MAGICREF_LIB, else "csl" beside the jar that holds this class (an installation), else "lib" (a build). */
    static Path libraryDir() {
        String env = System.getenv("MAGICREF_LIB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        try {
            Path jar = Path.of(CslRenderer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(jar.resolveSibling("csl")) ? jar.resolveSibling("csl") : jar.resolveSibling("lib");
        } catch (URISyntaxException | NullPointerException e) {
            return Path.of("lib");
        }
    }

    private static URL[] libraryJars() {
        Path dir = libraryDir();
        try (Stream<Path> files = Files.list(dir)) {
            List<URL> urls = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
            return urls.toArray(new URL[0]);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("the citation style engine's folder " + dir + " cannot be read "
                    + "(rebuild with 'mvn package')", e);
        }
    }

    /** All style ids of the repository, dependent ones as "dependent/NAME", sorted. */
    public static Set<String> styles() {
        Set<String> s = styles;
        if (s == null) {
            s = engine().styles();
            styles = s;
        }
        return s;
    }

    /** The names people type for the styles journals use, and the repository's ids they mean. */
    static final Map<String, String> ALIASES = Map.of(
            "chicago", "chicago-fullnote-bibliography",
            "chicago-notes", "chicago-fullnote-bibliography",
            "chicago-author-date", "chicago-author-date",
            "turabian", "turabian-fullnote-bibliography",
            "mla", "modern-language-association",
            "apa", "apa");

    /** No style id is longer; a longer name is not a mistyped id, and has no nearest ones. */
    static final int MAX_STYLE_NAME = 200;

    /** The repository's id for a style name, accepting a dependent style without its prefix. */
    public static String resolve(String style) {
        String name = style == null ? "" : style.strip().toLowerCase(Locale.ROOT).replaceAll("\\.csl$", "");
        name = ALIASES.getOrDefault(name, name);
        if (name.matches("[a-z0-9-]{1," + MAX_STYLE_NAME + "}")) {
            if (engine().supports(name)) {
                return name;
            }
            if (engine().supports(DEPENDENT + name)) {
                return DEPENDENT + name;
            }
        }
        Set<String> all = styles();
        if (all.contains(name)) {
            return name;
        }
        if (all.contains(DEPENDENT + name)) {
            return DEPENDENT + name;
        }
        throw new UnknownStyleException(style, suggestions(name, all));
    }

    /**
     * The nearest style ids: those whose initials are the name ("mla"), then by edit distance to
     * the whole id or (one worse) to its beginning, so that "chicgo" finds the chicago styles;
     * shorter ids first among equals.
     */
    private static List<String> suggestions(String name, Set<String> all) {
        if (name.length() > MAX_STYLE_NAME) {
            return List.of();
        }
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        record Scored(String id, int d) { }
        List<Scored> scored = new ArrayList<>();
        for (String id : all) {
            String bare = id.startsWith(DEPENDENT) ? id.substring(DEPENDENT.length()) : id;
            String head = bare.substring(0, Math.min(bare.length(), name.length()));
            String initials = java.util.Arrays.stream(bare.split("-")).filter(w -> !w.isEmpty())
                    .map(w -> w.substring(0, 1)).collect(Collectors.joining());
            int d = initials.equals(name) ? 0 : Math.min(distance.apply(name, bare), distance.apply(name, head) + 1);
            if (d <= Math.max(3, name.length() / 3)) {
                scored.add(new Scored(id, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparingInt((Scored s) -> s.id().length()).thenComparing(Scored::id));
        // a name near a short one people type ("chicgo", "mlaa") means the style that short name stands for
        List<String> out = new ArrayList<>();
        ALIASES.forEach((alias, id) -> {
            if (distance.apply(name, alias) <= 2 && !out.contains(id)) {
                out.add(id);
            }
        });
        out.sort(Comparator.naturalOrder());
        scored.stream().map(Scored::id).filter(id -> !out.contains(id)).forEach(out::add);
        return out.stream().limit(3).toList();
    }

    /**
     * A reference's locator for a citation: its pages, with the reel (where {@code withReel}) and
     * the frames after them ("7, reel 9, fr. 0800"), ranges with an en dash as the manuals set them
     * ("6–7, frs. 0497–98").
     */
    public static String locator(Reference r, boolean withReel) {
        String pages = String.join("; ", r.groups().stream()
                .map(g -> g.pages() + (g.part() == null ? "" : " (pt. " + g.part() + ")")).toList());
        if (withReel && !pages.isEmpty() && r.document().reel() != null) {
            pages += ", reel " + r.document().reel();
        }
        if (!r.frames().isEmpty()) {
            pages += (r.frames().size() == 1 ? ", fr. " : ", frs. ") + Frames.abbreviated(r.frames());
        }
        return RANGE.matcher(pages).replaceAll("\u2013");
    }

    private static final Pattern RANGE = Pattern.compile("(?<=\\w)-(?=\\w)");

    /** One citation of a reference: a note for note styles, an in-text citation for author-date styles. */
    public String cite(Reference r) {
        return inFormat(markedCite(r));
    }

    /** A citation as marked text, its italics as {@link Markup} marks (plain for a text renderer). */
    String markedCite(Reference r) {
        String rendered = renderer.cite(CslItems.id(r.document()), locator(r, reelInLocator.contains(r.document().id())),
                r.pages().size() > 1);
        return markup == Markup.TEXT ? rendered : Markup.fromHtml(rendered);
    }

    /** The bibliography as marked text, its italics as {@link Markup} marks (plain for a text renderer). */
    List<String> markedBibliography() {
        return markup == Markup.TEXT ? renderer.bibliography() : renderer.bibliography().stream().map(Markup::fromHtml).toList();
    }

    /** The bibliography of every registered item, in the style's order. */
    public List<String> bibliography() {
        return markedBibliography().stream().map(this::inFormat).toList();
    }
}
