package se.huset.compose;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.Serialization;
import se.huset.launcher.Manifests;
import se.huset.launcher.ProcessList;
import se.huset.launcher.SuiteProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kustomize overlays render with {@code kubectl kustomize} (the kustomize embedded in Debian's kubectl 1.20 is
 * the oldest this must work with), and every rendered object parses into fabric8's typed model with no field the
 * schema does not know (a typo such as {@code readinesProbe} fails here, not at deploy time), plus the suite's own
 * rules: probes and limits on every Deployment, Services that select a Deployment, network policies for every
 * process and its database, CloudNativePG clusters with replicas and backups (issue 9).
 */
class KustomizeManifestsTest {

    private static final Path ROOT = DebianTool.projectRoot();

    @ParameterizedTest
    @ValueSource(strings = {"prod", "dev"})
    void theOverlayRendersIntoValidObjectsThatFollowTheSuitesRules(String overlay) throws Exception {
        List<HasMetadata> objects = render(overlay);
        List<Deployment> deployments = ofType(objects, Deployment.class);
        List<String> processes = ComposeFileTest.processes();

        assertThat(deployments).extracting(d -> d.getMetadata().getName()).as("a Deployment per process of launcher/processes.properties")
                .containsExactlyInAnyOrderElementsOf(processes);
        for (Deployment d : deployments) {
            String name = d.getMetadata().getName();
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(c.getReadinessProbe()).as("%s: readiness probe", name).isNotNull();
                assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/readiness");
                assertThat(c.getLivenessProbe()).as("%s: liveness probe", name).isNotNull();
                assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health/liveness");
                assertThat(c.getResources().getLimits()).as("%s: cpu and memory limits", name).containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).as("%s: cpu and memory requests", name).containsKeys("cpu", "memory");
                assertThat(c.getEnv()).as("%s: database password from a Secret, never a value", name)
                        .filteredOn(e -> e.getName().endsWith("_PASSWORD") || e.getName().endsWith("_SECRET"))
                        .allSatisfy(e -> assertThat(e.getValueFrom().getSecretKeyRef()).isNotNull());
            }
        }

        for (Service s : ofType(objects, Service.class)) {
            Map<String, String> selector = s.getSpec().getSelector();
            assertThat(deployments).as("Service %s selects the pods of a Deployment", s.getMetadata().getName())
                    .anySatisfy(d -> assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                            .containsAllEntriesOf(selector));
        }

        List<NetworkPolicy> policies = ofType(objects, NetworkPolicy.class);
        assertThat(policies).as("a default deny for the namespace")
                .anySatisfy(p -> assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty());
        for (String process : processes) {
            assertThat(policies).as("a NetworkPolicy for %s", process).anySatisfy(p ->
                    assertThat(p.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", process));
            assertThat(policies).as("a NetworkPolicy that lets only %s reach its database", process).anySatisfy(p -> {
                assertThat(p.getSpec().getPodSelector().getMatchLabels()).containsEntry("cnpg.io/cluster", "huset-" + process + "-db");
                assertThat(p.getSpec().getIngress().get(0).getFrom()).singleElement().satisfies(from ->
                        assertThat(from.getPodSelector().getMatchLabels()).containsExactly(Map.entry("app.kubernetes.io/name", process)));
            });
            assertThat(ofType(objects, HorizontalPodAutoscaler.class)).as("an autoscaler for %s", process)
                    .anySatisfy(h -> assertThat(h.getSpec().getScaleTargetRef().getName()).isEqualTo(process));
            assertThat(ofType(objects, PodDisruptionBudget.class)).as("a disruption budget for %s", process)
                    .anySatisfy(b -> assertThat(b.getSpec().getSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", process));
        }
        assertThat(policies).as("only the gateway takes traffic from anywhere").filteredOn(p ->
                        p.getSpec().getIngress() != null && p.getSpec().getIngress().stream().anyMatch(r -> r.getFrom() == null || r.getFrom().isEmpty()))
                .extracting(p -> p.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .containsExactly("gateway");

        List<GenericKubernetesResource> clusters = objects.stream()
                .filter(o -> o.getKind().equals("Cluster") && o.getApiVersion().equals("postgresql.cnpg.io/v1"))
                .map(GenericKubernetesResource.class::cast).toList();
        assertThat(clusters).as("a CloudNativePG Cluster per process").hasSameSizeAs(processes);
        for (GenericKubernetesResource cluster : clusters) {
            Map<String, Object> spec = cluster.get("spec");
            assertThat(spec).as("%s: instances, storage, bootstrap and backup", cluster.getMetadata().getName())
                    .containsKeys("instances", "storage", "bootstrap", "backup");
            assertThat((Integer) spec.get("instances")).as("%s instances", cluster.getMetadata().getName())
                    .isEqualTo(overlay.equals("prod") ? 3 : 1);
            assertThat(cluster.<String>get("spec", "bootstrap", "initdb", "secret", "name")).startsWith("huset-");
            assertThat(cluster.<Object>get("spec", "backup", "barmanObjectStore", "destinationPath")).isNotNull();
        }
        assertThat(objects).as("no Secret with values is rendered: they are created in the cluster (README)")
                .noneMatch(o -> o.getKind().equals("Secret"));
    }

    /** The bases are the template's, not copies edited by hand: ./huset manifests writes them. */
    @Test
    void everyProcesssBaseIsTheTemplateRenderedForIt() throws Exception {
        for (Map.Entry<Path, String> file : Manifests.renderAll(ROOT).entrySet()) {
            assertThat(file.getKey()).as("%s differs from %s for its process: edit the template and run ./huset manifests",
                    ROOT.relativize(file.getKey()), Manifests.TEMPLATE).hasContent(file.getValue());
        }
    }

    /** The gateway knows every service's token secret, and huset-config routes to each service on its listed port. */
    @Test
    void theGatewayKnowsEveryServiceOnItsListedPort() throws Exception {
        List<HasMetadata> objects = render("prod");
        Container gateway = ofType(objects, Deployment.class).stream()
                .filter(d -> d.getMetadata().getName().equals(SuiteProcess.GATEWAY)).findFirst().orElseThrow()
                .getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> config = ofType(objects, ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("huset-config")).findFirst().orElseThrow().getData();
        assertThat(gateway.getEnv()).extracting(EnvVar::getName).doesNotContain("HUSET_SERVICE_SECRET");
        for (SuiteProcess service : ProcessList.read(ROOT).services()) {
            assertThat(gateway.getEnv()).extracting(EnvVar::getName).contains(service.envPrefix() + "_SERVICE_SECRET");
            assertThat(config).containsEntry(service.envPrefix() + "_URL", "http://" + service.name() + ":" + service.port());
        }
    }

    private static List<HasMetadata> render(String overlay) throws ReflectiveOperationException {
        Path kubectl = DebianTool.find("kubectl", "kubernetes-client").orElseThrow(() -> new AssertionError(
                "kubectl is missing and this user cannot install it: run as root, or sudo apt-get install -y "
                        + "kubernetes-client, then run this test again"));
        DebianTool.Result r = DebianTool.run(
                List.of(kubectl.toString(), "kustomize", "compose/k8s/overlays/" + overlay), ROOT, 120);
        assertThat(r.exitCode()).as("kubectl kustomize compose/k8s/overlays/%s failed:\n%s", overlay, r.both()).isZero();
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : r.output().split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            Object parsed = Serialization.unmarshal(document);
            assertThat(parsed).as("a Kubernetes object:\n%s", document).isInstanceOf(HasMetadata.class);
            HasMetadata object = (HasMetadata) parsed;
            if (!(object instanceof GenericKubernetesResource)) {
                List<String> unknown = new ArrayList<>();
                unknownFields(object, object.getKind() + "/" + object.getMetadata().getName(), unknown,
                        new IdentityHashMap<>());
                assertThat(unknown).as("fields the Kubernetes schema does not know (misspelt or misplaced)").isEmpty();
            }
            objects.add(object);
        }
        assertThat(objects).as("kubectl kustomize rendered objects").isNotEmpty();
        return objects;
    }

    /**
     * fabric8 keeps a field its model does not know in the object's additional properties instead of failing: any
     * such entry anywhere in the tree is a field Kubernetes would reject (or silently drop).
     */
    private static void unknownFields(Object node, String path, List<String> unknown, Map<Object, Boolean> seen)
            throws ReflectiveOperationException {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                unknownFields(e.getValue(), path + "." + e.getKey(), unknown, seen);
            }
            return;
        }
        if (!node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = m.invoke(node);
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            unknownFields(value, path + "." + fieldName(m), unknown, seen);
        }
    }

    private static String fieldName(Method getter) {
        String n = getter.getName().substring(3);
        return n.isEmpty() ? n : Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static <T> List<T> ofType(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
