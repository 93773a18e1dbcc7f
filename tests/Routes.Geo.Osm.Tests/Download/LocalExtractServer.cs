using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Routes.Geo.Osm.Tests.Download;

/// <summary>
/// A Geofabrik-like server on 127.0.0.1 only (a free port): serves files by path, honours
/// "Range: bytes=N-", and can cut the connection after a number of body bytes.
/// </summary>
internal sealed class LocalExtractServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalExtractServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    /// <summary>Every request as "path" or "path bytes=N-", in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When set, the next response of a file stops after this many body bytes and the connection is aborted.</summary>
    public long? CutNextAfter { get; set; }

    public void Serve(string path, byte[] content) => _files[path] = content;

    /// <summary>A port nothing listens on (bound, read, released): connecting to it is refused.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal error; nothing to report.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Respond(context);
        }
    }

    private void Respond(HttpListenerContext context)
    {
        string path = context.Request.Url!.AbsolutePath.TrimStart('/');
        string? range = context.Request.Headers["Range"];
        Requests.Enqueue(range is null ? path : $"{path} {range}");
        HttpListenerResponse response = context.Response;
        if (!_files.TryGetValue(path, out byte[]? content))
        {
            response.StatusCode = 404;
            response.Close();
            return;
        }

        long from = range is null ? 0 : long.Parse(range["bytes=".Length..].TrimEnd('-'), CultureInfo.InvariantCulture);
        if (from >= content.Length)
        {
            response.StatusCode = 416;
            response.Close();
            return;
        }

        if (from > 0)
        {
            response.StatusCode = 206;
            response.AddHeader("Content-Range", $"bytes {from}-{content.Length - 1}/{content.Length}");
        }

        response.ContentLength64 = content.Length - from;
        try
        {
            if (CutNextAfter is { } cut && !path.EndsWith(".md5", StringComparison.Ordinal))
            {
                CutNextAfter = null;
                response.OutputStream.Write(content, (int)from, (int)cut);
                response.OutputStream.Flush();
                response.Abort();
                return;
            }

            response.OutputStream.Write(content, (int)from, (int)(content.Length - from));
            response.Close();
        }
        catch (HttpListenerException)
        {
            // The client went away; the test sees that on its side.
        }
    }
}
