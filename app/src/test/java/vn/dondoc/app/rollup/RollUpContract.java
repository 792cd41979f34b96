package vn.dondoc.app.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dondoc.app.TestDatabase;
import vn.dondoc.domain.org.OrgUnit;
import vn.dondoc.domain.org.OrgUnits;

/** A rate rolled up from communes to the province, with plan and percent of plan; criteria per commune. */
abstract class RollUpContract {
    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnits units;

    private final JsonMapper json = JsonMapper.builder().build();
    MockMvc mvc;
    long province;
    long district;
    long communeA;
    long communeB;

    @BeforeEach
    void setUp() {
        TestDatabase.clear(jdbc);
        mvc = vn.dondoc.app.access.SignIn.mvc(context, vn.dondoc.app.access.SignIn.admin());
        province = units.save(new OrgUnit(null, null, "Tỉnh Hà Tĩnh", null, "PROVINCE", null, null, null))
                .id();
        district = units.save(new OrgUnit(null, province, "Huyện Đức Thọ", null, "DISTRICT", null, null, null))
                .id();
        communeA = units.save(new OrgUnit(null, district, "Xã Tùng Ảnh", null, "COMMUNE", null, null, null))
                .id();
        communeB = units.save(new OrgUnit(null, district, "Xã Đức Lạng", null, "COMMUNE", null, null, null))
                .id();
    }

    /** Every request of this class goes through here: signing in, when accounts land, is one line. */
    ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON));
    }

    JsonNode body(ResultActions r) throws Exception {
        return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long result(String indicator, double value, long unit) throws Exception {
        return body(call(post("/api/results")
                                .content("{\"indicator\":\"" + indicator + "\",\"actualValue\":" + value
                                        + ",\"period\":\"2025\",\"reportingUnitId\":" + unit + "}"))
                        .andExpect(status().isCreated()))
                .get("indicatorId")
                .asLong();
    }

    @Test
    void aRateRollsUpFromItsPartsAndCriteriaAreEvaluatedPerCommune() throws Exception {
        long trained = result("lao động qua đào tạo", 70, communeA);
        result("lao động qua đào tạo", 150, communeB);
        long labour = result("lực lượng lao động", 100, communeA);
        result("lực lượng lao động", 200, communeB);
        long rate = result("tỷ lệ lao động qua đào tạo", 70, communeA);
        result("tỷ lệ lao động qua đào tạo", 75, communeB);
        call(post("/api/targets")
                        .content("{\"indicatorId\":" + rate + ",\"comparator\":\"GTE\",\"plannedValue\":80,"
                                + "\"period\":\"2025\",\"scope\":\"toàn tỉnh\"}"))
                .andExpect(status().isCreated());

        call(put("/api/indicators/" + rate + "/rule")
                        .content("{\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"RATE\"}"))
                .andExpect(status().isUnprocessableContent());
        call(put("/api/indicators/" + rate + "/rule")
                        .content("{\"direction\":\"HIGHER_IS_BETTER\",\"aggregation\":\"RATE\"," + "\"numeratorId\":"
                                + trained + ",\"denominatorId\":" + labour + "}"))
                .andExpect(status().isOk());

        Map<Long, JsonNode> lines = new HashMap<>();
        body(call(get("/api/indicators/" + rate + "/rollup?period=2025&root=" + province))
                        .andExpect(status().isOk()))
                .forEach(l -> lines.put(l.get("unitId").asLong(), l));
        assertThat(lines.get(communeA).get("reported").asBoolean()).isTrue();
        assertThat(lines.get(district).get("value").asDouble()).isCloseTo(73.333, within(0.001));
        assertThat(lines.get(province).get("value").asDouble()).isCloseTo(73.333, within(0.001));
        assertThat(lines.get(province).get("planned").asDouble()).isEqualTo(80.0);
        assertThat(lines.get(province).get("percentOfPlan").asDouble()).isCloseTo(91.67, within(0.01));

        call(post("/api/criteria")
                        .content("{\"name\":\"Lao động qua đào tạo\",\"indicatorId\":" + rate
                                + ",\"comparator\":\"GTE\",\"threshold\":70,\"level\":\"Nông thôn mới\"}"))
                .andExpect(status().isCreated());
        call(post("/api/criteria")
                        .content("{\"name\":\"Lao động qua đào tạo\",\"indicatorId\":" + rate
                                + ",\"comparator\":\"GTE\",\"threshold\":75,\"level\":\"Nông thôn mới nâng cao\"}"))
                .andExpect(status().isCreated());
        JsonNode eval = body(call(get("/api/criteria/evaluation?year=2025&kind=COMMUNE")));
        assertThat(eval).hasSize(4);
        int met = 0;
        for (JsonNode l : eval) {
            met += l.get("met").asBoolean() ? 1 : 0;
            if (l.get("unitId").asLong() == communeA
                    && l.get("level").asString().endsWith("nâng cao")) {
                assertThat(l.get("met").asBoolean()).isFalse();
            }
        }
        assertThat(met).isEqualTo(3);
    }
}
