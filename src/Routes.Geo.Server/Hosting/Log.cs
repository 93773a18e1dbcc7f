using Microsoft.Extensions.Logging;

namespace Routes.Geo.Server.Hosting;

/// <summary>The server's log messages (source-generated, no boxing on the request path).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Listening on {Addresses}")]
    public static partial void Listening(ILogger logger, string addresses);

    [LoggerMessage(2, LogLevel.Information, "Preparing the car, foot and bicycle graphs")]
    public static partial void Preparing(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "Ready: graphs of {Source} prepared in {Seconds:0.0} s")]
    public static partial void Ready(ILogger logger, string source, double seconds);

    [LoggerMessage(4, LogLevel.Critical, "Preparing the graphs failed; the server stays not ready")]
    public static partial void LoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(5, LogLevel.Debug, "{Path} -> {Code}: {Message}")]
    public static partial void Refused(ILogger logger, string path, string code, string message);

    [LoggerMessage(6, LogLevel.Error, "Request {Path} failed")]
    public static partial void Failed(ILogger logger, string path, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "Request {Path} took longer than {Seconds} s and was abandoned")]
    public static partial void TimedOut(ILogger logger, string path, double seconds);
}
