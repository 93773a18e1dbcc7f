using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project benchmarks/Routes.Geo.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Routes.Geo.Benchmarks.ImportBenchmarks).Assembly).Run(args);
