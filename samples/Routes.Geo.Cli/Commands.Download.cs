using System.CommandLine;
using Routes.Geo.Osm.Download;
using Spectre.Console;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Download()
    {
        var extract = new Option<string>("--extract") { Description = "The extract's path on the server.", DefaultValueFactory = _ => ExtractDownloader.DefaultExtract };
        var cache = new Option<string>("--cache") { Description = "Cache folder; a file there with the published MD5 is reused.", DefaultValueFactory = _ => DefaultCache() };
        var server = new Option<string>("--server") { Description = "Server root (a Geofabrik mirror).", DefaultValueFactory = _ => ExtractDownloader.GeofabrikUri.AbsoluteUri };
        var command = new Command("download", """
            Download an OpenStreetMap extract from Geofabrik (default: Nord-Pas-de-Calais, about 250 MB), check its published MD5, and print its path for --network.
            A verified copy in the cache is reused; an interrupted download resumes where it stopped.
            Example: routes-geo download --extract europe/monaco-latest.osm.pbf
            """)
        {
            extract, cache, server,
        };
        command.SetAction(result => Run(() =>
        {
            if (!Uri.TryCreate(result.GetValue(server), UriKind.Absolute, out Uri? root))
            {
                throw new UsageException($"--server '{result.GetValue(server)}' is not an absolute address.");
            }

            using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(20) }) { Timeout = Timeout.InfiniteTimeSpan };
            var downloader = new ExtractDownloader(http, result.GetValue(cache)!, root);
            DownloadedExtract done = WithProgressBar(downloader, result.GetValue(extract)!);
            string how = done.FromCache ? "cached copy, MD5 matches" : done.ResumedFrom > 0 ? $"resumed from {done.ResumedFrom:N0} bytes, MD5 checked" : "downloaded, MD5 checked";
            Console.WriteLine($"{done.Path} ({done.Length:N0} bytes, {how}). © OpenStreetMap contributors, ODbL 1.0.");
            return 0;
        }));
        return command;
    }

    private static string DefaultCache() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "routes-geo", "extracts");

    private static DownloadedExtract WithProgressBar(ExtractDownloader downloader, string extract)
    {
        if (!Ui.Progress.Profile.Capabilities.Interactive)
        {
            return downloader.DownloadAsync(extract).GetAwaiter().GetResult();
        }

        return Ui.Progress.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Path.GetFileName(extract), autoStart: true, maxValue: 1).IsIndeterminate();
                var progress = new SynchronousProgress<ExtractDownloadProgress>(p =>
                {
                    if (p.TotalBytes is { } total)
                    {
                        task.IsIndeterminate(false).MaxValue = total;
                    }

                    task.Value = p.BytesDone;
                    task.Description = p.Verifying ? "Checking MD5" : Path.GetFileName(extract);
                });
                return downloader.DownloadAsync(extract, progress).GetAwaiter().GetResult();
            });
    }
}
