package dev.eventtestkit.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The modules of the build, read from the poms (root first, then each {@code <module>} in order). */
final class Reactor {

    /** One module: where it is, what it builds, and whether {@code mvn deploy} publishes it. */
    record Module(Path dir, String artifactId, String packaging, boolean deployed) {

        boolean publishedJar() {
            return deployed && !"pom".equals(packaging);
        }
    }

    private Reactor() {
    }

    static List<Module> modules() {
        List<Module> modules = new ArrayList<>();
        collect(PublishedModules.ROOT, null, modules);
        return modules;
    }

    private static void collect(Path dir, Module aggregator, List<Module> into) {
        Path pom = dir.resolve("pom.xml");
        Document document = PublishedModules.xml(pom);
        Element project = document.getDocumentElement();
        String packaging = child(project, "packaging");
        String skip = property(project, "maven.deploy.skip");
        boolean inheritsFromAggregator = aggregator != null && child(project, "parent") != null
                && aggregator.artifactId().equals(child(childElement(project, "parent"), "artifactId"));
        boolean deployed = skip != null ? !"true".equals(skip)
                : !inheritsFromAggregator || aggregator.deployed();
        Module module = new Module(dir, child(project, "artifactId"), packaging == null ? "jar" : packaging,
                deployed);
        into.add(module);
        Element modules = childElement(project, "modules");
        if (modules == null) {
            return;
        }
        NodeList names = modules.getElementsByTagName("module");
        for (int i = 0; i < names.getLength(); i++) {
            Path child = dir.resolve(names.item(i).getTextContent().trim()).normalize();
            if (!Files.isRegularFile(child.resolve("pom.xml"))) {
                throw new IllegalStateException(pom + " names module " + child + ", which has no pom.xml");
            }
            collect(child, module, into);
        }
    }

    private static String property(Element project, String name) {
        Element properties = childElement(project, "properties");
        return properties == null ? null : child(properties, name);
    }

    /** The text of a direct child element (not of a nested one, as in {@code <parent><artifactId>}). */
    private static String child(Element parent, String name) {
        Element element = childElement(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }

    private static Element childElement(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
