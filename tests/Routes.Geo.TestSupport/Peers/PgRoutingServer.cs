using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Routes.Geo.TestSupport.Peers;

/// <summary>
/// A private PostgreSQL instance with pgRouting for one test class or one benchmark run: initdb into a new temp directory, the
/// server listening on 127.0.0.1 only (a free port, its Unix socket inside that directory), a random password
/// for TCP, <c>CREATE EXTENSION pgrouting CASCADE</c> (Debian's pgRouting requires PostGIS). Dispose stops it and deletes the directory. Run as root, the
/// PostgreSQL programs run as the <c>postgres</c> OS user (<c>runuser</c>), who owns the directory.
/// </summary>
public sealed class PgRoutingServer : IDisposable
{
    private const string Install = "install them with `sudo apt-get install postgresql postgresql-15-pgrouting` (.ci/run does this on CI)";

    private readonly string _root;
    private readonly string _bin;
    private bool _running;

    private PgRoutingServer(string root, string bin)
    {
        _root = root;
        _bin = bin;
    }

    /// <summary>Connects as the superuser <c>postgres</c> to 127.0.0.1 on the private port.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>PostgreSQL and pgRouting versions, for the test output.</summary>
    public string Versions { get; private set; } = "";

    /// <summary>Time from initdb to the extension created.</summary>
    public TimeSpan StartTime { get; private set; }

    private string DataDirectory => Path.Combine(_root, "data");

    /// <summary>Creates, starts and prepares the instance; fails with an install hint when PostgreSQL or pgRouting is missing.</summary>
    public static PgRoutingServer Start()
    {
        var clock = Stopwatch.StartNew();
        string bin = FindInstallation();
        string root = Directory.CreateTempSubdirectory("routes-geo-pgrouting-").FullName;
        var server = new PgRoutingServer(root, bin);
        try
        {
            string password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            File.WriteAllText(Path.Combine(root, "pwfile"), password + "\n");
            if (IsRoot)
            {
                Run("chown", ["-R", "postgres:postgres", root], asPostgres: false, root);
            }

            server.RunPg("initdb", [
                "-D", server.DataDirectory, "-U", "postgres", "--pwfile", Path.Combine(root, "pwfile"),
                "--auth-local=peer", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions"]);
            File.Delete(Path.Combine(root, "pwfile"));

            // A free port on the loopback address; retried if another process takes it in between.
            for (int attempt = 1; ; attempt++)
            {
                int port = FreeLoopbackPort();
                try
                {
                    server.RunPg("pg_ctl", [
                        "start", "-D", server.DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
                        "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off"]);
                    server._running = true;
                    server.ConnectionString = new NpgsqlConnectionStringBuilder
                    {
                        Host = "127.0.0.1",
                        Port = port,
                        Username = "postgres",
                        Password = password,
                        Database = "postgres",
                        CommandTimeout = 300,
                        Pooling = false,
                    }.ConnectionString;
                    break;
                }
                catch (InvalidOperationException) when (attempt < 3)
                {
                    // The port was taken: try another.
                }
            }

            using (NpgsqlConnection connection = server.Open())
            {
                using var create = new NpgsqlCommand("CREATE EXTENSION pgrouting CASCADE", connection);
                create.ExecuteNonQuery();
                using var version = new NpgsqlCommand("SELECT current_setting('server_version') || ', pgRouting ' || pgr_version()", connection);
                server.Versions = "PostgreSQL " + (string)version.ExecuteScalar()!;
            }

            server.StartTime = clock.Elapsed;
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Opens a new connection (no pooling: nothing stays connected when the server stops).</summary>
    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try
        {
            if (_running)
            {
                _running = false;
                RunPg("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "60"]);
            }
        }
        finally
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    // The newest /usr/lib/postgresql/<major>/bin with a server whose /usr/share/postgresql/<major> has pgRouting.
    private static string FindInstallation()
    {
        const string Lib = "/usr/lib/postgresql";
        string[] servers = Directory.Exists(Lib)
            ? [.. Directory.GetDirectories(Lib)
                .Where(d => int.TryParse(Path.GetFileName(d), out _) && File.Exists(Path.Combine(d, "bin", "postgres")) && File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture))]
            : [];
        if (servers.Length == 0)
        {
            throw new InvalidOperationException($"PostgreSQL server not found (no {Lib}/<version>/bin/postgres): {Install}.");
        }

        string? withPgRouting = servers.FirstOrDefault(d => File.Exists($"/usr/share/postgresql/{Path.GetFileName(d)}/extension/pgrouting.control"));
        return withPgRouting is not null
            ? Path.Combine(withPgRouting, "bin")
            : throw new InvalidOperationException(
                $"pgRouting is not installed for PostgreSQL {string.Join(", ", servers.Select(Path.GetFileName))} (no /usr/share/postgresql/<version>/extension/pgrouting.control): {Install}.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunPg(string program, IReadOnlyList<string> arguments) => Run(Path.Combine(_bin, program), arguments, IsRoot, _root);

    // Runs a program to its end (as the postgres OS user when asPostgres); throws with its output when it fails.
    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres, string workingDirectory)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (asPostgres)
        {
            foreach (string a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within 120 s");
        }

        if (process.ExitCode != 0)
        {
            string log = Path.Combine(workingDirectory, "server.log");
            string serverLog = File.Exists(log) ? "\nserver.log:\n" + File.ReadAllText(log) : "";
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stdout.Result}{stderr.Result}{serverLog}");
        }
    }
}
