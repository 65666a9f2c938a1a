package io.reelstorm.upload.storage;

import io.minio.MinioAsyncClient;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

    /** OkHttp's default of 5 calls per host would queue concurrent uploads and downloads behind each other. */
    private static final int MAX_CONCURRENT_CALLS = 128;

    @Bean
    MinioAsyncClient minioClient(ObjectStoreProperties properties) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        // Our own client: the SDK's default one would add its status-retry interceptor, and naive
        // services do not retry.
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.writeTimeout())
                .build();
        return MinioAsyncClient.builder()
                .endpoint(properties.endpoint())
                .region(properties.region())
                .credentials(properties.accessKey(), properties.secretKey())
                .httpClient(http, true)
                .build();
    }

    @Bean
    ObjectStore objectStore(MinioAsyncClient minioClient, ObjectStoreProperties properties) {
        return new ObjectStore(minioClient, properties.bucket(), Math.toIntExact(properties.partSize().toBytes()));
    }

    @Bean
    ObjectStoreHealthIndicator objectStoreHealthIndicator(ObjectStore objectStore) {
        return new ObjectStoreHealthIndicator(objectStore);
    }
}
