using System.Net;
using System.Net.Sockets;

namespace OrderPipeline.LocalDev;

/// <summary>The three ports one Azurite listens on, and the connection string that reaches them.</summary>
public sealed record AzuriteEndpoints(int BlobPort, int QueuePort, int TablePort)
{
    /// <summary>Azurite's documented defaults, which <c>UseDevelopmentStorage=true</c> points at.</summary>
    public static AzuriteEndpoints Default { get; } = new(10000, 10001, 10002);

    // Azurite's well-known development account (public, documented; it opens nothing but a local emulator).
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public static AzuriteEndpoints FreePorts() => new(LocalPorts.Free(), LocalPorts.Free(), LocalPorts.Free());

    public bool AllListening() => IsListening(BlobPort) && IsListening(QueuePort) && IsListening(TablePort);

    public static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
