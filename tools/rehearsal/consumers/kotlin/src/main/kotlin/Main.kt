// An app that resolves io.github.errtable:xgpush-error-codes from the rehearsal's Maven repository, compiled by an
// older Kotlin compiler than the library's, and checks a release's conformance vectors through the public API.
// Arguments: VECTORS [NAME...], each NAME a code the release must list.
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import io.github.errtable.xgpush.XGPushErrorCode
import io.github.errtable.xgpush.XGPushException
import java.io.File
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    val vectors = JsonParser.parseString(File(args[0]).readText()).asJsonObject
    val entries = { key: String -> vectors.getAsJsonArray(key).map { it.asJsonObject } }
    val problems = mutableListOf<String>()
    if (XGPushErrorCode.VERSION != vectors.get("version").asString) problems += "installed ${XGPushErrorCode.VERSION}, want ${vectors.get("version").asString}"
    for (want in entries("codes") + entries("unknown")) problems += check(want)
    for (name in args.drop(1)) if (XGPushErrorCode.fromName(name) == null) problems += "the release does not list $name"
    if (problems.isNotEmpty()) {
        System.err.println("kotlin: ${problems.joinToString("\n")}")
        exitProcess(1)
    }
    println("kotlin: ${entries("codes").size} codes and ${entries("unknown").size} unknown samples of version ${XGPushErrorCode.VERSION} checked (compiled by Kotlin ${KotlinVersion.CURRENT})")
}

fun check(want: JsonObject): List<String> {
    val raw = want.get("code").asInt
    val code = XGPushErrorCode.fromCode(raw)
    val got = listOf(code.code, code.name, code.description, code.solution, code.isRetryable, code.category.value, code.isKnown)
    val expected = listOf(raw, want.get("name").asString, want.get("description").asString, want.get("solution").asString, want.get("retryable").asBoolean, want.get("category").asString, want.get("known").asBoolean)
    val problems = mutableListOf<String>()
    if (got != expected) problems += "fromCode($raw) = $got, want $expected"
    if (code.isKnown && XGPushErrorCode.fromName(code.name) != code) problems += "fromName(${code.name}) is not fromCode($raw)"
    val message = XGPushException(raw, "from the service").message
    if (message != "${code.name} ($raw): ${code.description}: from the service") problems += "XGPushException($raw).message = $message"
    return problems
}
