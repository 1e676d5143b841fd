/* Traditional Chinese in Hong Kong usage from the Simplified texts
 * (OpenCC s2hk): characters convert, and Hong Kong forms are chosen where
 * Taiwan's differ. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "pdf/hant.h"

static zh_hant *H;

static void setup(void)
{
	const char *why = NULL;

	H = zh_hant_open(&why);
	cr_assert(H, "OpenCC: %s", why ? why : "?");
}

static void teardown(void)
{
	zh_hant_close(H);
}

TestSuite(hant, .init = setup, .fini = teardown);

static void expect_converts(const char *simplified, const char *traditional)
{
	char *s = zh_hant_convert(H, simplified);

	cr_assert(s);
	cr_expect_str_eq(s, traditional);
	free(s);
}

Test(hant, province_names)
{
	expect_converts("广东省", "廣東省");
	expect_converts("黑龙江省哈尔滨", "黑龍江省哈爾濱");
}

/* Taiwan writes 裡, 著 and 櫃檯; Hong Kong 裏, 着 and 櫃枱 */
Test(hant, hong_kong_forms)
{
	expect_converts("里面", "裏面");
	expect_converts("着", "着");
	expect_converts("本单为旅行服务柜台的建议，并非入境许可。",
			"本單為旅行服務櫃枱的建議，並非入境許可。");
}

/* OpenCC alone writes 免籤 (lot), 換髮 (hair), 不準: the slip's words
 * must come out right */
Test(hant, words_opencc_alone_gets_wrong)
{
	expect_converts("符合240小时过境免签条件。", "符合240小時過境免簽條件。");
	expect_converts("出行前换发护照。", "出行前換發護照。");
	expect_converts("对不准入境的，可以不说明理由", "對不准入境的，可以不説明理由");
	expect_converts("护照上有我国签证机关拒签章戳记。", "護照上有我國簽證機關拒簽章戳記。");
}

Test(hant, latin_digits_and_placeholders_pass_through)
{
	expect_converts("第{page}页，共{pages}页 (PVG) 24:00", "第{page}頁，共{pages}頁 (PVG) 24:00");
	expect_converts("", "");
}
