using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Routes.Geo.Encirclement;
using Routes.Geo.Server.Hosting;
using Routes.Geo.Server.Page;

namespace Routes.Geo.Server.Api;

/// <summary>Adds the own endpoints, their OpenAPI document and the story page to the server; the OSRM handler gets every request none of them matched.</summary>
internal static class StoryWiring
{
    public const string OpenApiPath = "/openapi/v1.json";

    public static void AddServices(IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Routes.Geo server: own endpoints",
                Version = "v1",
                Description = "The 1944 encirclement of the Channel ports and its memorial sites, tours, isochrones and downloads, beside the OSRM HTTP API v5 "
                    + "(/route, /table, /nearest, /trip, documented by OSRM). Errors: HTTP 400 {code, message, parameter}.",
            };
            return Task.CompletedTask;
        }));

    public static void Map(WebApplication app, EngineHolder engine, ServerOptions options, Endpoints osrm)
    {
        new ApiEndpoints(engine, options, EncirclementModel.Load()).Map(app);
        app.MapOpenApi(OpenApiPath);
        StoryPage.Map(app);

        // Routing has run by now: a request that matched none of the endpoints above is the OSRM handler's (/health, /ready, /route/v1/...).
        app.Use(next => context => context.GetEndpoint() is null ? osrm.HandleAsync(context) : next(context));
    }
}
