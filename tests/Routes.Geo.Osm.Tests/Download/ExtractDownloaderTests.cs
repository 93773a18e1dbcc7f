using System.Security.Cryptography;
using System.Text;
using Routes.Geo.Osm.Download;

namespace Routes.Geo.Osm.Tests.Download;

/// <summary>The downloader against a local server on 127.0.0.1 serving monaco.osm.pbf and its MD5, as Geofabrik lays them out.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "The server publishes MD5, as Geofabrik does.")]
public sealed class ExtractDownloaderTests : IDisposable
{
    private const string Extract = "europe/monaco-latest.osm.pbf";
    private readonly LocalExtractServer _server = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly string _cache = Directory.CreateTempSubdirectory("routes-geo-download-").FullName;
    private readonly byte[] _pbf = File.ReadAllBytes(MonacoPath());

    public ExtractDownloaderTests()
    {
        _server.Serve(Extract, _pbf);
        _server.Serve(Extract + ".md5", Md5File(_pbf));
    }

    private ExtractDownloader Downloader => new(_http, _cache, _server.BaseUri);

    [Fact]
    public async Task A_full_download_leaves_the_exact_bytes_at_the_final_path_and_no_part_file()
    {
        DownloadedExtract result = await Downloader.DownloadAsync(Extract);

        Assert.Equal(Path.Combine(_cache, "europe", "monaco-latest.osm.pbf"), result.Path);
        Assert.Equal(_pbf, await File.ReadAllBytesAsync(result.Path));
        Assert.False(result.FromCache);
        Assert.Equal(0, result.ResumedFrom);
        Assert.Equal(_pbf.Length, result.Length);
        Assert.Equal(Convert.ToHexStringLower(MD5.HashData(_pbf)), result.Md5);
        Assert.Single(Directory.GetFiles(_cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Progress_reaches_the_file_size_and_then_reports_verification()
    {
        var reports = new List<ExtractDownloadProgress>();
        await Downloader.DownloadAsync(Extract, new SynchronousProgress(reports.Add));

        Assert.Contains(reports, r => !r.Verifying && r.BytesDone == _pbf.Length && r.TotalBytes == _pbf.Length);
        Assert.True(reports[^1].Verifying);
    }

    [Fact]
    public async Task A_cached_file_with_the_published_md5_is_reused_without_fetching_it_again()
    {
        await Downloader.DownloadAsync(Extract);
        int fetchesBefore = _server.Requests.Count(r => r.StartsWith(Extract + " ", StringComparison.Ordinal) || r == Extract);

        DownloadedExtract second = await Downloader.DownloadAsync(Extract);

        Assert.True(second.FromCache);
        Assert.Equal(fetchesBefore, _server.Requests.Count(r => r.StartsWith(Extract + " ", StringComparison.Ordinal) || r == Extract));
        Assert.Equal(2, _server.Requests.Count(r => r == Extract + ".md5"));
    }

    [Fact]
    public async Task A_cached_file_that_no_longer_matches_the_published_md5_is_downloaded_again()
    {
        string target = Downloader.CachePathOf(Extract);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target, _pbf[..1000]);

        DownloadedExtract result = await Downloader.DownloadAsync(Extract);

        Assert.False(result.FromCache);
        Assert.Equal(_pbf, await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task A_cut_connection_keeps_the_part_file_and_the_next_run_resumes_it_with_a_range_request()
    {
        const int Cut = 400_000;
        _server.CutNextAfter = Cut;

        var broken = await Assert.ThrowsAsync<ExtractDownloadException>(() => Downloader.DownloadAsync(Extract));
        string target = Downloader.CachePathOf(Extract);
        Assert.Equal(ExtractDownloadFailure.Interrupted, broken.Failure);
        Assert.False(File.Exists(target));
        Assert.Equal(Cut, new FileInfo(target + ".part").Length);

        DownloadedExtract resumed = await Downloader.DownloadAsync(Extract);

        Assert.Equal(Cut, resumed.ResumedFrom);
        Assert.Contains($"{Extract} bytes={Cut}-", _server.Requests);
        Assert.Equal(_pbf, await File.ReadAllBytesAsync(target));
        Assert.False(File.Exists(target + ".part"));
    }

    [Fact]
    public async Task A_part_file_meant_for_another_md5_is_not_resumed()
    {
        string target = Downloader.CachePathOf(Extract);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await File.WriteAllBytesAsync(target + ".part", new byte[5000]);
        await File.WriteAllTextAsync(target + ".part.md5", new string('0', 32));

        DownloadedExtract result = await Downloader.DownloadAsync(Extract);

        Assert.Equal(0, result.ResumedFrom);
        Assert.DoesNotContain(_server.Requests, r => r.Contains("bytes=", StringComparison.Ordinal));
        Assert.Equal(_pbf, await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task An_md5_mismatch_is_a_typed_error_and_leaves_neither_the_final_file_nor_the_part()
    {
        _server.Serve(Extract + ".md5", Encoding.ASCII.GetBytes(new string('a', 32) + "  monaco-latest.osm.pbf\n"));

        var error = await Assert.ThrowsAsync<ExtractDownloadException>(() => Downloader.DownloadAsync(Extract));

        Assert.Equal(ExtractDownloadFailure.ChecksumMismatch, error.Failure);
        Assert.Empty(Directory.GetFiles(_cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_unreachable_server_is_a_typed_error_and_writes_nothing()
    {
        var nowhere = new ExtractDownloader(_http, _cache, new Uri($"http://127.0.0.1:{LocalExtractServer.FreePort()}/"));

        var error = await Assert.ThrowsAsync<ExtractDownloadException>(() => nowhere.DownloadAsync(Extract));

        Assert.Equal(ExtractDownloadFailure.Unreachable, error.Failure);
        Assert.Empty(Directory.GetFiles(_cache, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_missing_extract_is_an_http_error_naming_the_address()
    {
        var error = await Assert.ThrowsAsync<ExtractDownloadException>(() => Downloader.DownloadAsync("europe/atlantis-latest.osm.pbf"));

        Assert.Equal(ExtractDownloadFailure.HttpError, error.Failure);
        Assert.Contains("atlantis-latest.osm.pbf.md5", error.Message, StringComparison.Ordinal);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../secret.osm.pbf")]
    [InlineData("/etc/passwd")]
    [InlineData("europe/./x.pbf")]
    [InlineData("http://elsewhere/x.pbf")]
    public void An_extract_path_outside_the_server_root_is_refused(string extract)
    {
        Assert.Throws<ArgumentException>(() => Downloader.CachePathOf(extract));
    }

    public void Dispose()
    {
        _server.Dispose();
        _http.Dispose();
        Directory.Delete(_cache, recursive: true);
    }

    private static byte[] Md5File(byte[] content) =>
        Encoding.ASCII.GetBytes($"{Convert.ToHexStringLower(MD5.HashData(content))}  monaco-latest.osm.pbf\n");

    private static string MonacoPath() => SharedData.PathOf("osm", "monaco.osm.pbf");

    private sealed class SynchronousProgress(Action<ExtractDownloadProgress> report) : IProgress<ExtractDownloadProgress>
    {
        public void Report(ExtractDownloadProgress value) => report(value);
    }
}
