using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Routes.Geo.Server.Engine;
using Routes.Geo.Server.Osrm;

namespace Routes.Geo.Server.Hosting;

/// <summary>
/// One terminal handler for every request: /health, /ready, and the OSRM API (parsed by hand: the OSRM URL grammar
/// is not ASP.NET routing's, and every malformed URL must still get an OSRM error).
/// </summary>
internal sealed class Endpoints(EngineHolder engine, ServerOptions options, ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        HttpResponse response = context.Response;
        response.Headers.AccessControlAllowOrigin = "*";
        string path = context.Request.Path.Value ?? "/";
        JsonBuffer buffer = JsonBuffer.Rent();
        bool keep = true;
        try
        {
            int status = 200;
            if (path == "/health")
            {
                Status(buffer.Writer, "alive");
            }
            else if (path == "/ready")
            {
                status = engine.Engine is null ? 503 : 200;
                Readiness(buffer.Writer, engine);
            }
            else if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !(HttpMethods.IsPost(context.Request.Method) && path.StartsWith("/route/", StringComparison.Ordinal)))
            {
                status = 405;
                OsrmJson.Error(buffer.Writer, OsrmCodes.InvalidUrl, $"Method {context.Request.Method} is not served; the OSRM API is GET only (and POST for route, with avoid_areas and custom_weights).");
            }
            else
            {
                (status, keep) = await OsrmAsync(context, path, buffer).ConfigureAwait(false);
                if (!keep)
                {
                    buffer = JsonBuffer.Rent();
                    keep = true;
                    OsrmJson.Error(buffer.Writer, OsrmCodes.TooBig, $"The request took longer than the server's limit of {options.RequestTimeout.TotalSeconds:0.###} s.");
                }
            }

            buffer.Writer.Flush();
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = buffer.Bytes.WrittenCount;
            if (options.ServerTimingHeader)
            {
                response.Headers["Server-Timing"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"app;dur={System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds:0.####}");
            }

            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(buffer.Bytes.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            if (keep)
            {
                JsonBuffer.Return(buffer);
            }
        }
    }

    // Reads at most the limit; a longer body is refused by name rather than cut.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long limitBytes)
    {
        using var body = new MemoryStream();
        byte[] chunk = new byte[8192];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                body.Write(chunk, 0, read);
                if (body.Length > limitBytes)
                {
                    throw new OsrmException(OsrmCodes.TooBig, $"The request body is over the server's limit of {limitBytes} bytes.");
                }
            }
        }
        catch (BadHttpRequestException)
        {
            throw new OsrmException(OsrmCodes.TooBig, $"The request body is over the server's limit of {limitBytes} bytes.");
        }

        return body.ToArray();
    }

    // The status and whether the buffer came back (false: the work was abandoned on timeout and may still write into it).
    private async Task<(int Status, bool Kept)> OsrmAsync(HttpContext context, string path, JsonBuffer buffer)
    {
        try
        {
            OsrmRequest request = OsrmRequestParser.Parse(path, context.Request.QueryString.Value ?? "", options);
            if (HttpMethods.IsPost(context.Request.Method))
            {
                OsrmBody.Apply(request, await ReadBodyAsync(context.Request, options.MaxRequestBodyBytes).ConfigureAwait(false));
            }
            RoutingEngine ready = engine.Engine
                ?? throw new OsrmException(OsrmCodes.NotReady, $"The graphs are not ready yet ({engine.State}); ask /ready.", 503);

            // A route or nearest is bounded by the coordinate limit and answered inline; tables and trips run on the
            // thread pool so that the time limit can abandon them.
            if (request.Service is "route" or "nearest")
            {
                OsrmService.Answer(ready, request, buffer);
            }
            else
            {
                Task work = Task.Run(() => OsrmService.Answer(ready, request, buffer));
                try
                {
                    await work.WaitAsync(options.RequestTimeout, context.RequestAborted).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    Log.TimedOut(logger, path, options.RequestTimeout.TotalSeconds);
                    return (400, false);
                }
            }

            return (200, true);
        }
        catch (OsrmException e)
        {
            Log.Refused(logger, path, e.Code, e.Message);
            buffer.Clear();
            OsrmJson.Error(buffer.Writer, e.Code, e.Message);
            return (e.HttpStatus, true);
        }
        catch (RoutesGeoException e)
        {
            // A library error the parser did not foresee is still about the request's values.
            buffer.Clear();
            OsrmJson.Error(buffer.Writer, OsrmCodes.InvalidValue, e.Message);
            return (400, true);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A fault of ours, not of the request: logged with its stack, answered without it.
            Log.Failed(logger, path, e);
            buffer.Clear();
            OsrmJson.Error(buffer.Writer, "InternalError", "The server failed on this request; its log has the details.");
            return (500, true);
        }
    }

    // Ready means the fastest-route hierarchies answer; the customizable ones (exclude=, alternatives=) are reported per profile.
    private static void Readiness(Utf8JsonWriter json, EngineHolder engine)
    {
        json.WriteStartObject();
        json.WriteString("status", engine.State);
        if (engine.Engine is { } ready)
        {
            json.WriteStartObject("customizable");
            foreach (TravelMode mode in (TravelMode[])[TravelMode.Driving, TravelMode.Walking, TravelMode.Cycling])
            {
                json.WriteString(mode.ToString().ToLowerInvariant(), ready.CustomizableState(mode));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Status(Utf8JsonWriter json, string state)
    {
        json.WriteStartObject();
        json.WriteString("status", state);
        json.WriteEndObject();
    }
}
