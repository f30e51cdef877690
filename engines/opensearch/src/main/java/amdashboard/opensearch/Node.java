package amdashboard.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch 2.19 node, embedded, bound to 127.0.0.1 only.
 *
 * <p>Usage: {@code Node <homeDir> [httpPort] [transportPort]}; a port of 0 (the default) takes a free one. When the
 * node is ready it prints one line {@code AM-OPENSEARCH READY http://127.0.0.1:<port>} on standard output. It stops
 * when its standard input closes, so a parent that dies (or forgets) never leaves a server behind, and on SIGTERM.
 *
 * <p>The runner gives nodes the cluster_manager and data roles only; the previews index through the template's final
 * pipeline, so this node also has the ingest role.
 */
public final class Node {
    static final String READY = "AM-OPENSEARCH READY ";

    private Node() {}

    private static int freePort(int requested) throws IOException {
        if (requested > 0) {
            return requested;
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Node <homeDir> [httpPort] [transportPort]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(home);
        int http = freePort(args.length > 1 ? Integer.parseInt(args[1]) : 0);
        int transport = freePort(args.length > 2 ? Integer.parseInt(args[2]) : 0);

        OpenSearchRunner runner = new OpenSearchRunner();
        // The runner probes ports from 9201 upwards unless told not to; the ports are set explicitly below.
        runner.setMaxHttpPort(-1);
        runner.onBuild((index, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(http));
            settings.put("transport.port", Integer.toString(transport));
            settings.put("discovery.type", "single-node");
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            // A nearly full CI disk must not make shards unassignable.
            settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
            settings.put("action.auto_create_index", "true");
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (IOException e) {
                System.err.println("closing the node failed: " + e);
            }
        }));
        runner.build(OpenSearchRunner.newConfigs()
                .basePath(home.toString())
                .numOfNode(1)
                .clusterName("am-dashboard-preview"));
        runner.ensureYellow();
        System.out.println(READY + "http://127.0.0.1:" + http);
        System.out.flush();

        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Nothing is read from the parent; end of input means it is gone.
        }
        System.exit(0);
    }
}
