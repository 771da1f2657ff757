// The functions return Excel's error objects; outside Excel the benchmark uses the tests' stand-in.
import "../test/setup/custom-functions-host";
